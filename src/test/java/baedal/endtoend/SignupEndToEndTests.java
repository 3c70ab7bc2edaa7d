package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A new customer or owner signs up, signs in and acts in the role chosen; mistakes are problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SignupEndToEndTests {

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aNewOwnerSignsUpSignsInAndRegistersAShop() throws Exception {
        var username = unique("owner");
        var signup = api.send("POST", "/api/auth/signup", null, signup(username, "chicken2024", "OWNER"));
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        assertThat(api.json(signup).get("id").asString()).isNotBlank();

        var owner = token(username, "chicken2024");
        var shop = api.send("POST", "/api/shops", owner, ShopApiEndToEndTests.SHOP);
        assertThat(shop.statusCode()).as(shop.body()).isEqualTo(201);
        assertThat(api.send("GET", "/api/me/coupons", owner, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aNewCustomerHoldsTheCustomerRoleOnly() throws Exception {
        var username = unique("customer");
        assertThat(api.send("POST", "/api/auth/signup", null, signup(username, "hungry2024", "CUSTOMER"))
                        .statusCode())
                .isEqualTo(201);

        var customer = token(username, "hungry2024");
        assertThat(api.send("GET", "/api/me/coupons", customer, null).statusCode())
                .isEqualTo(200);
        assertThat(api.send("POST", "/api/shops", customer, ShopApiEndToEndTests.SHOP)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aTakenUsernameIsAConflictAndChangesNothing() throws Exception {
        var taken = api.send("POST", "/api/auth/signup", null, signup("customer1", "other2024", "CUSTOMER"));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(api.json(taken).get("detail").asString()).contains("customer1");
        assertThat(api.token("customer1")).isNotBlank();
    }

    @Test
    void badSignupsAreRefusedWithTheReason() throws Exception {
        var weak = api.send("POST", "/api/auth/signup", null, signup(unique("weak"), "password", "CUSTOMER"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(api.json(weak).get("detail").asString()).contains("letter and one digit");

        var admin = api.send("POST", "/api/auth/signup", null, signup(unique("boss"), "secret2024", "ADMIN"));
        assertThat(admin.statusCode()).isEqualTo(400);
        assertThat(api.json(admin).get("detail").asString()).contains("role");

        var badName = api.send("POST", "/api/auth/signup", null, signup("No Spaces!", "secret2024", "CUSTOMER"));
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(api.json(badName).get("errors").get(0).get("field").asString())
                .isEqualTo("username");

        var incomplete = api.send("POST", "/api/auth/signup", null, "{\"username\":\"%s\"}".formatted(unique("half")));
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(api.json(incomplete).get("errors")).hasSizeGreaterThanOrEqualTo(3);
    }

    private String token(String username, String password) throws Exception {
        var response = api.send(
                "POST",
                "/api/auth/token",
                null,
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
        assertThat(response.statusCode()).isEqualTo(200);
        return api.json(response).get("accessToken").asString();
    }

    private static String signup(String username, String password, String role) {
        return """
                {"username":"%s","password":"%s","role":"%s","displayName":"New %s"}""".formatted(username, password, role, role.toLowerCase());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
