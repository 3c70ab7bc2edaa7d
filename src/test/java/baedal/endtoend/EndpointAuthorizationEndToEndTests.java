package baedal.endtoend;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import baedal.kernel.Role;
import baedal.platform.security.EndpointAuthorization;
import baedal.platform.security.EndpointAuthorization.Access;
import baedal.platform.security.TokenIssuer;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every endpoint with the roles it requires, each proven over HTTP: without a token it answers 401, with a token of a
 * role it does not admit 403 — before reading the body, which is deliberately malformed — and with a role it admits
 * neither. The list is written out here, so adding an endpoint or changing who may call one fails this test until the
 * list says so too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointAuthorizationEndToEndTests {

    static final Map<String, String> ENDPOINTS = new TreeMap<>(Map.ofEntries(
            entry("POST /api/auth/token", "public"),
            entry("POST /api/auth/signup", "public"),
            entry("GET /api/display/home", "public"),
            entry("GET /api/display/shops", "public"),
            entry("GET /api/display/shops/{shopId}", "public"),
            entry("GET /api/shops/{shopId}/reviews", "public"),
            entry("POST /api/shops", "OWNER"),
            entry("GET /api/me/shops", "OWNER"),
            entry("GET /api/coupon-campaigns", "authenticated"),
            entry("GET /api/shops/{shopId}", "OWNER"),
            entry("PUT /api/shops/{shopId}", "OWNER"),
            entry("POST /api/shops/{shopId}/open", "OWNER"),
            entry("POST /api/shops/{shopId}/close", "OWNER"),
            entry("POST /api/shops/{shopId}/close-down", "OWNER"),
            entry("GET /api/shops/{shopId}/menus", "OWNER"),
            entry("POST /api/shops/{shopId}/menus", "OWNER"),
            entry("PUT /api/shops/{shopId}/menus/{menuId}", "OWNER"),
            entry("POST /api/orders", "CUSTOMER"),
            entry("GET /api/orders/{orderId}", "authenticated"),
            entry("GET /api/orders/{orderId}/events", "authenticated"),
            entry("GET /api/shops/{shopId}/orders/events", "OWNER"),
            entry("POST /api/orders/{orderId}/cancel", "CUSTOMER"),
            entry("GET /api/shops/{shopId}/orders", "OWNER"),
            entry("POST /api/shops/{shopId}/orders/{orderId}/accept", "OWNER"),
            entry("POST /api/shops/{shopId}/orders/{orderId}/reject", "OWNER"),
            entry("POST /api/shops/{shopId}/orders/{orderId}/lines/{line}/cancel", "OWNER"),
            entry("GET /api/payments", "authenticated"),
            entry("GET /api/deliveries", "ADMIN|RIDER"),
            entry("GET /api/me/deliveries", "ADMIN|RIDER"),
            entry("POST /api/deliveries/{deliveryId}/pickup", "ADMIN|RIDER"),
            entry("POST /api/deliveries/{deliveryId}/complete", "ADMIN|RIDER"),
            entry("POST /api/deliveries/{deliveryId}/decline", "ADMIN|RIDER"),
            entry("PUT /api/riders/me/location", "RIDER"),
            entry("GET /api/orders/{orderId}/delivery", "ADMIN|CUSTOMER|RIDER"),
            entry("POST /api/coupon-campaigns", "ADMIN"),
            entry("GET /api/coupon-campaigns/{campaignId}", "authenticated"),
            entry("POST /api/coupon-campaigns/{campaignId}/issue", "CUSTOMER"),
            entry("GET /api/me/coupons", "CUSTOMER"),
            entry("GET /api/me/points", "CUSTOMER"),
            entry("GET /api/me/orders", "CUSTOMER"),
            entry("GET /api/admin/coupon-campaigns/{campaignId}/tally", "ADMIN"),
            entry("POST /api/orders/{orderId}/review", "CUSTOMER"),
            entry("PUT /api/reviews/{reviewId}", "CUSTOMER"),
            entry("DELETE /api/reviews/{reviewId}", "CUSTOMER"),
            entry("POST /api/reviews/{reviewId}/reply", "OWNER"),
            entry("POST /api/ads", "ADMIN"),
            entry("GET /api/ads", "ADMIN"),
            entry("GET /api/shops/{shopId}/settlements", "ADMIN|OWNER"),
            entry("GET /api/admin/settlements/reconciliation", "ADMIN"),
            entry("POST /api/admin/settlements/close", "ADMIN"),
            entry("POST /api/admin/settlements/reconciliation/gateway", "ADMIN"),
            entry("GET /api/shops/{shopId}/payouts", "ADMIN|OWNER"),
            entry("GET /api/admin/events", "ADMIN"),
            entry("POST /api/admin/events/republish", "ADMIN"),
            entry("POST /api/admin/display/rebuild", "ADMIN"),
            entry("GET /internal/shops", "ADMIN|SERVICE"),
            entry("GET /internal/shops/{shopId}", "ADMIN|SERVICE"),
            entry("GET /internal/shops/{shopId}/menus", "ADMIN|SERVICE"),
            entry("GET /internal/menus/{menuId}", "ADMIN|SERVICE"),
            entry("GET /internal/shops/{shopId}/ads", "ADMIN|SERVICE"),
            entry("GET /internal/ad-contracts/{contractId}", "ADMIN|SERVICE"),
            entry("GET /internal/shops/{shopId}/rating", "ADMIN|SERVICE"),
            entry("GET /internal/orderable-shops/{shopId}", "ADMIN|SERVICE"),
            entry("GET /internal/orders/{orderId}", "ADMIN|SERVICE"),
            entry("* /error", "public")));

    @LocalServerPort
    int port;

    @Autowired
    EndpointAuthorization endpoints;

    @Autowired
    TokenIssuer tokens;

    private ApiClient api;
    private final Map<Role, String> tokenOf = new EnumMap<>(Role.class);

    @BeforeAll
    void signIn() throws Exception {
        api = new ApiClient(port);
        tokenOf.put(Role.CUSTOMER, api.token("customer1"));
        tokenOf.put(Role.OWNER, api.token("owner1"));
        tokenOf.put(Role.RIDER, api.token("rider1"));
        tokenOf.put(Role.ADMIN, api.token("admin"));
        tokenOf.put(
                Role.SERVICE,
                tokens.issue(UUID.randomUUID(), "service:test", Set.of(Role.SERVICE))
                        .accessToken());
    }

    @Test
    void everyEndpointIsListedWithTheAccessItsControllerDeclares() {
        var declared = endpoints.endpoints().stream()
                .filter(endpoint -> !HttpMethod.HEAD.equals(endpoint.method()))
                .collect(Collectors.toMap(
                        endpoint -> (endpoint.method() == null
                                        ? "*"
                                        : endpoint.method().name()) + " " + endpoint.pattern(),
                        endpoint -> endpoint.access().toString(),
                        (a, b) -> a,
                        TreeMap::new));
        assertThat(declared).isEqualTo(ENDPOINTS);
    }

    @TestFactory
    Stream<DynamicTest> everyProtectedEndpointTurnsAwayCallersWithoutATokenOrWithoutTheRole() {
        return endpoints.endpoints().stream()
                .filter(endpoint -> endpoint.method() != null && !HttpMethod.HEAD.equals(endpoint.method()))
                .filter(endpoint -> !endpoint.access().isPublic())
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
                    var method = endpoint.method().name();
                    var path = withIds(endpoint.pattern());

                    var anonymous = api.send(method, path, null, "{");
                    assertProblem(anonymous, 401, "A valid bearer token is required.");
                    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                            .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));

                    var forged = api.send(method, path, "not.a.token", "{");
                    assertThat(forged.statusCode()).isEqualTo(401);

                    var wrong = wrongRole(endpoint.access());
                    if (wrong != null) {
                        assertProblem(
                                api.send(method, path, tokenOf.get(wrong), "{"), 403, "Your role does not allow this.");
                    }
                    var right = rightRole(endpoint.access());
                    var admitted = api.send(method, path, tokenOf.get(right), "{");
                    assertThat(admitted.statusCode())
                            .as("%s as %s: %s", endpoint, right, admitted.body())
                            .isNotEqualTo(401);
                    assertThat(admitted.body()).doesNotContain("Your role does not allow this.");
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyPublicEndpointAnswersWithoutAToken() {
        return endpoints.endpoints().stream()
                .filter(endpoint -> endpoint.method() != null && !HttpMethod.HEAD.equals(endpoint.method()))
                .filter(endpoint -> endpoint.access().isPublic())
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
                    var response = api.send(endpoint.method().name(), withIds(endpoint.pattern()), null, "{");
                    assertThat(response.statusCode()).isNotIn(401, 403);
                }));
    }

    @Test
    void aCustomerPostingAnIncompleteShopIsForbiddenNotToldWhatIsMissing() throws Exception {
        assertProblem(
                api.send("POST", "/api/shops", tokenOf.get(Role.CUSTOMER), "{}"),
                403,
                "Your role does not allow this.");
    }

    @Test
    void aForgedTokenIsUnauthorizedEvenOnAPublicEndpointOfTheChain() throws Exception {
        var response = api.send("GET", "/api/shops/" + UUID.randomUUID() + "/reviews", "forged.token.value", null);
        assertProblem(response, 401, "A valid bearer token is required.");
    }

    @Test
    void pathsTheServerCannotReadAreProblemDetailsToo() throws Exception {
        for (var path : new String[] {"/api/orders/a%00b", "/api/orders/a%2Fb", "/api//orders"}) {
            var response = api.send("GET", path, tokenOf.get(Role.CUSTOMER), null);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(api.json(response).get("status").asInt()).as(path).isEqualTo(400);
        }
    }

    @Test
    void anUnknownPathIsANotFoundProblem() throws Exception {
        var response = api.send("GET", "/api/nothing-here", tokenOf.get(Role.CUSTOMER), null);
        assertProblem(response, 404, null);
    }

    @Test
    void securityHeadersComeWithEveryAnswerOfTheChain() throws Exception {
        for (var response : new HttpResponse<?>[] {
            api.send("GET", "/api/me/coupons", tokenOf.get(Role.CUSTOMER), null),
            api.send("GET", "/api/me/coupons", null, null),
            api.send("GET", "/api/me/coupons", tokenOf.get(Role.OWNER), null)
        }) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    private void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = api.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (detail != null) {
            assertThat(problem.get("detail").asString()).isEqualTo(detail);
        }
    }

    private static String withIds(String pattern) {
        return pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static Role wrongRole(Access access) {
        if (access.kind() != Access.Kind.ROLES) {
            return null;
        }
        return Arrays.stream(Role.values())
                .filter(role -> !access.roles().contains(role.name()))
                .findFirst()
                .orElse(null);
    }

    private static Role rightRole(Access access) {
        return access.kind() == Access.Kind.ROLES
                ? Role.valueOf(access.roles().iterator().next())
                : Role.CUSTOMER;
    }
}
