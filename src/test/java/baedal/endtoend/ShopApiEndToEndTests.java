package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The owner's walk through the shop API over real HTTP, with the seeded demo accounts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ShopApiEndToEndTests {

    static final String SHOP = """
            {"name":"Test Chicken","category":"CHICKEN","address":"Olympic-ro 300","lat":37.5133,"lng":127.1001,
             "deliveryRadiusMeters":3000,"minOrderAmount":15000,"deliveryFee":2000}""";
    static final String MENU = """
            {"name":"Fried Chicken","price":19000,"group":"Chicken","options":[{"name":"Boneless","price":2000}]}""";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private ApiClient api;
    private String owner1;
    private String owner2;

    @BeforeEach
    void signIn() throws Exception {
        api = new ApiClient(port);
        owner1 = api.token("owner1");
        owner2 = api.token("owner2");
    }

    @Test
    void healthIsUp() throws Exception {
        var response = send("GET", "/actuator/health", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(api.json(response).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void anInstanceThatRefusesTrafficAnswers503() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            var health = send("GET", "/actuator/health", null, null);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(api.json(health).get("status").asString()).isEqualTo("OUT_OF_SERVICE");
            assertThat(send("GET", "/actuator/health/readiness", null, null).statusCode())
                    .isEqualTo(503);
            assertThat(send("GET", "/actuator/health/liveness", null, null).statusCode())
                    .isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(send("GET", "/actuator/health/readiness", null, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void ownerCreatesAShopAndAMenuThenChangesAndOpensIt() throws Exception {
        var created = send("POST", "/api/shops", owner1, SHOP);
        assertThat(created.statusCode()).isEqualTo(201);
        var shop = api.json(created);
        var shopId = shop.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/shops/" + shopId);
        assertThat(shop.get("open").asBoolean()).isFalse();

        var menu = send("POST", "/api/shops/" + shopId + "/menus", owner1, MENU);
        assertThat(menu.statusCode()).isEqualTo(201);
        var menuId = api.json(menu).get("id").asString();

        var soldOut = send(
                "PUT",
                "/api/shops/" + shopId + "/menus/" + menuId,
                owner1,
                MENU.replace("}]}", "}],\"soldOut\":true}"));
        assertThat(soldOut.statusCode()).isEqualTo(200);
        assertThat(api.json(soldOut).get("soldOut").asBoolean()).isTrue();

        var renamed = send("PUT", "/api/shops/" + shopId, owner1, SHOP.replace("Test Chicken", "Renamed Chicken"));
        assertThat(api.json(renamed).get("name").asString()).isEqualTo("Renamed Chicken");

        var opened = send("POST", "/api/shops/" + shopId + "/open", owner1, null);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(api.json(opened).get("open").asBoolean()).isTrue();
    }

    @Test
    void anotherOwnerGets403AndChangesNothing() throws Exception {
        var shopId =
                api.json(send("POST", "/api/shops", owner1, SHOP)).get("id").asString();

        var change = send("PUT", "/api/shops/" + shopId, owner2, SHOP.replace("Test Chicken", "Hijacked"));
        var addMenu = send("POST", "/api/shops/" + shopId + "/menus", owner2, MENU);
        var open = send("POST", "/api/shops/" + shopId + "/open", owner2, null);

        assertThat(change.statusCode()).isEqualTo(403);
        assertThat(addMenu.statusCode()).isEqualTo(403);
        assertThat(open.statusCode()).isEqualTo(403);
        assertThat(change.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var shop = api.json(send("GET", "/api/shops/" + shopId, owner1, null));
        assertThat(shop.get("name").asString()).isEqualTo("Test Chicken");
        assertThat(shop.get("open").asBoolean()).isFalse();
    }

    @Test
    void noTokenGets401AndACustomerGets403() throws Exception {
        var anonymous = send("POST", "/api/shops", null, SHOP);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(problem(anonymous).get("title").asString()).isEqualTo("Unauthorized");

        var customer = send("POST", "/api/shops", api.token("customer1"), SHOP);
        assertThat(customer.statusCode()).isEqualTo(403);
    }

    @Test
    void badInputGets400ProblemDetails() throws Exception {
        var shopId =
                api.json(send("POST", "/api/shops", owner1, SHOP)).get("id").asString();
        var menus = "/api/shops/" + shopId + "/menus";

        var malformed = send("POST", menus, owner1, "{\"name\":\"Fried\",");
        var negativePrice = send("POST", menus, owner1, MENU.replace("19000", "-1"));
        var wrongType = send("POST", menus, owner1, MENU.replace("19000", "\"cheap\""));
        var unknownField = send("POST", menus, owner1, MENU.replace("\"group\"", "\"colour\":\"red\",\"group\""));
        var unknownCategory = send("POST", "/api/shops", owner1, SHOP.replace("CHICKEN", "SPACE_FOOD"));
        var badId = send("PUT", "/api/shops/not-a-uuid", owner1, SHOP);
        var negativeOption = send("POST", menus, owner1, MENU.replace("2000", "-5"));
        var blankOption = send("POST", menus, owner1, MENU.replace("Boneless", " "));

        for (var response : new HttpResponse[] {
            malformed, negativePrice, wrongType, unknownField, unknownCategory, badId, negativeOption, blankOption
        }) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(problem(negativePrice).get("errors").get(0).get("field").asString())
                .isEqualTo("price");
        assertThat(problem(wrongType).get("detail").asString()).contains("price");
        assertThat(problem(negativeOption).get("errors").get(0).get("field").asString())
                .as("options are validated one by one")
                .contains("options[0].price");
        assertThat(problem(unknownField).get("detail").asString()).contains("colour");
        var menusAfter = api.json(send("GET", menus, owner1, null));
        assertThat(menusAfter.size()).isZero();
    }

    @Test
    void unknownShopGets404AndWrongPasswordGets401() throws Exception {
        assertThat(send("GET", "/api/shops/00000000-0000-0000-0000-000000000000", owner1, null)
                        .statusCode())
                .isEqualTo(404);
        var wrong = send("POST", "/api/auth/token", null, "{\"username\":\"owner1\",\"password\":\"wrong-password\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void openApiDescribesTheContract() throws Exception {
        var docs = send("GET", "/v3/api-docs", null, null);
        assertThat(docs.statusCode()).isEqualTo(200);
        var paths = api.json(docs).get("paths");
        assertThat(paths.has("/api/shops")).isTrue();
        assertThat(paths.has("/api/shops/{shopId}/menus/{menuId}")).isTrue();
        assertThat(paths.has("/api/auth/token")).isTrue();
    }

    private JsonNode problem(HttpResponse<String> response) {
        return api.json(response);
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return api.send(method, path, token, body);
    }
}
