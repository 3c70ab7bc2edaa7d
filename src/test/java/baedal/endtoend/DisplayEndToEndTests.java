package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** An owner's change travels through the outbox into the public display endpoints, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class DisplayEndToEndTests {

    static final String NEAR = "lat=37.5135&lng=127.1003";
    static final String SHOP = """
            {"name":"E2E Pizza","category":"PIZZA","address":"Olympic-ro 300","lat":37.5133,"lng":127.1001,
             "deliveryRadiusMeters":3000,"minOrderAmount":15000,"deliveryFee":2000}""";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    private ApiClient api;
    private String owner;

    @BeforeEach
    void signIn() throws Exception {
        api = new ApiClient(port);
        owner = api.token("owner2");
    }

    @Test
    void aNewShopAndItsMenuBecomeVisibleAndChangesFollow() throws Exception {
        var shopId =
                api.json(api.send("POST", "/api/shops", owner, SHOP)).get("id").asString();
        api.send(
                "POST",
                "/api/shops/" + shopId + "/menus",
                owner,
                "{\"name\":\"Margherita\",\"price\":17000,\"group\":\"Pizza\"}");
        var detail = "/api/display/shops/" + shopId;

        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.send("GET", detail, null, null).body().contains("Margherita"));
        var first = api.send("GET", detail, null, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(api.json(first).get("name").asString()).isEqualTo("E2E Pizza");
        var etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(api.send("GET", detail, null, null, Map.of("If-None-Match", etag))
                        .statusCode())
                .isEqualTo(304);

        var list = api.json(api.send("GET", "/api/display/shops?category=PIZZA&" + NEAR, null, null));
        assertThat(list.get("items")
                        .valueStream()
                        .map(item -> item.get("shopId").asString()))
                .contains(shopId);
        assertThat(api.send("GET", "/api/display/home?" + NEAR, null, null).body())
                .contains("PIZZA");

        api.send("PUT", "/api/shops/" + shopId, owner, SHOP.replace("E2E Pizza", "Renamed Pizza"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.json(api.send("GET", detail, null, null))
                        .get("name")
                        .asString()
                        .equals("Renamed Pizza"));
        assertThat(api.send("GET", detail, null, null, Map.of("If-None-Match", etag))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void answersServedEarlyAreCountedByEndpointAndStatusAndTheRestAsHttpRequests() throws Exception {
        // Taken first: an answer may be counted just after it is sent, so a count read after it could miss it.
        var before = Map.of(
                "home/200", served("home", "200"),
                "home/304", served("home", "304"),
                "list/400", requests("/api/display/shops", "400"),
                "detail/404", requests("/api/display/shops/{shopId}", "404"));

        var home = api.send("GET", "/api/display/home?" + NEAR, null, null);
        var etag = home.headers().firstValue("ETag").orElseThrow();
        var plain = api.send("GET", "/api/display/home?" + NEAR, null, null).statusCode();
        // 304 unless a change elsewhere re-rendered the page in between; the counters must say which it was
        var conditional = api.send("GET", "/api/display/home?" + NEAR, null, null, Map.of("If-None-Match", etag))
                .statusCode();
        api.send("GET", "/api/display/shops?lat=north&lng=127.1", null, null);
        api.send("GET", "/api/display/shops/" + java.util.UUID.randomUUID(), null, null);
        api.send("GET", "/api/display/shops/" + java.util.UUID.randomUUID(), null, null);

        assertThat(plain).isEqualTo(200);
        assertThat(conditional).isIn(200, 304);
        await().untilAsserted(() -> {
            assertThat(served("home", "200") - before.get("home/200")).isEqualTo(conditional == 200 ? 3 : 2);
            assertThat(served("home", "304") - before.get("home/304")).isEqualTo(conditional == 304 ? 1 : 0);
        });
        await().untilAsserted(() -> {
            assertThat(requests("/api/display/shops", "400") - before.get("list/400"))
                    .isEqualTo(1);
            assertThat(requests("/api/display/shops/{shopId}", "404") - before.get("detail/404"))
                    .isEqualTo(2);
        });
    }

    private double served(String endpoint, String status) {
        return meters.get("baedal.display.requests")
                .tag("endpoint", endpoint)
                .tag("status", status)
                .counter()
                .count();
    }

    private double requests(String uri, String status) {
        var timer = meters.find("http.server.requests")
                .tag("uri", uri)
                .tag("status", status)
                .timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void displayIsPublicAndRejectsBadParametersWith400() throws Exception {
        assertThat(api.send("GET", "/api/display/shops?" + NEAR, null, null).statusCode())
                .isEqualTo(200);
        for (var bad : new String[] {
            "/api/display/shops?lat=abc&lng=127",
            "/api/display/shops?lng=127",
            "/api/display/shops?" + NEAR + "&size=0",
            "/api/display/shops?" + NEAR + "&category=chicken!",
            "/api/display/home?lat=91&lng=0",
            "/api/display/shops/not-a-uuid"
        }) {
            var response = api.send("GET", bad, null, null);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(api.send("GET", "/api/display/shops/00000000-0000-0000-0000-000000000000", null, null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void rebuildIsForAdminsOnly() throws Exception {
        assertThat(api.send("POST", "/api/admin/display/rebuild", owner, null).statusCode())
                .isEqualTo(403);
        var rebuilt = api.send("POST", "/api/admin/display/rebuild", api.token("admin"), null);
        assertThat(rebuilt.statusCode()).isEqualTo(200);
        assertThat(api.json(rebuilt).get("shops").asInt()).isGreaterThanOrEqualTo(5);
    }
}
