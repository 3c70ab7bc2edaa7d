package baedal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baedal.shared.kernel.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FastRouteTests {

    static final UUID SHOP = UUID.fromString("0b0e3c1e-8d4f-4f5a-9a51-3c2e8f1a7b21");
    static final UUID ORDER = UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479");

    final FastRoute accept =
            FastRoute.post("/api/shops/{shopId}/orders/{orderId}/accept", request -> request.ids(), Role.OWNER);

    @Test
    void aMatchingPathGivesItsIdsInOrder() {
        assertThat(accept.match("POST", "/api/shops/" + SHOP + "/orders/" + ORDER + "/accept"))
                .containsExactly(SHOP, ORDER);
        assertThat(accept.match("POST", "/api/shops/" + SHOP.toString().toUpperCase() + "/orders/" + ORDER + "/accept"))
                .containsExactly(SHOP, ORDER);
    }

    @Test
    void otherMethodsAndPathsDoNotMatch() {
        assertThat(accept.match("GET", "/api/shops/" + SHOP + "/orders/" + ORDER + "/accept"))
                .isNull();
        assertThat(accept.match("POST", "/api/shops/" + SHOP + "/orders/" + ORDER + "/reject"))
                .isNull();
        assertThat(accept.match("POST", "/api/shops/" + SHOP + "/orders/" + ORDER + "/accept/"))
                .isNull();
        assertThat(accept.match("POST", "/api/shops/" + SHOP + "/orders/" + ORDER))
                .isNull();
        assertThat(accept.match("POST", "/api/shops/" + SHOP + "/orders/" + ORDER + "/acceptance"))
                .isNull();
        assertThat(accept.match("POST", "")).isNull();
    }

    @Test
    void malformedIdsAreLeftToMvc() {
        assertThat(accept.match("POST", "/api/shops/not-a-uuid/orders/" + ORDER + "/accept"))
                .isNull();
        assertThat(accept.match(
                        "POST",
                        "/api/shops/" + SHOP + "/orders/" + ORDER.toString().replace('-', 'x') + "/accept"))
                .isNull();
        assertThat(accept.match(
                        "POST",
                        "/api/shops/" + SHOP + "/orders/" + ORDER.toString().replace('a', 'g') + "/accept"))
                .isNull();
        assertThat(accept.match(
                        "POST",
                        "/api/shops/" + SHOP + "/orders/" + ORDER.toString().substring(1)))
                .isNull();
    }

    @Test
    void aPatternIsAnAbsolutePath() {
        assertThatThrownBy(() -> FastRoute.get("api/orders/{orderId}", request -> null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
