package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Opening hours as shops keep them and the delivery fee by distance, over HTTP: the owner sets several periods a day,
 * breaks, closed days, holidays, a zone and fee tiers; the display shows them; a holiday or a closed day today closes
 * the shop for orders; the fee of an order is that of its distance; an address outside the radius is refused; a
 * schedule or tiers that cannot hold are a 400 and change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ShopHoursAndFeesEndToEndTests {

    static final String SEOUL_TODAY = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
    static final String SEOUL_WEEKDAY =
            LocalDate.now(ZoneId.of("Asia/Seoul")).getDayOfWeek().name();

    @LocalServerPort
    int port;

    private ApiClient api;
    private String owner;
    private String customer;

    @BeforeEach
    void signIn() throws Exception {
        api = new ApiClient(port);
        owner = api.token("owner2");
        customer = api.newCustomer();
    }

    @Test
    void theFeeOfAnOrderIsThatOfItsDistanceAndAnAddressBeyondTheRadiusIsRefused() throws Exception {
        var shop = register(shop("Tiered Chicken", "[]", "[]"));
        var menu = menu(shop);

        var detail = api.json(api.send("GET", "/api/display/shops/" + shop, null, null));
        assertThat(detail.get("deliveryFee").asLong()).isEqualTo(4_000);
        assertThat(detail.get("deliveryFeeTiers")).hasSize(2);
        assertThat(detail.get("deliveryFeeTiers").get(1).get("upToMeters").asInt())
                .isEqualTo(2_000);

        // about 80 m, 1.5 km and 2.7 km north of the shop (37.5133, 127.1001); the radius is 3 km
        assertThat(feeOf(order(shop, menu, 37.5140, 127.1001))).isEqualTo(1_000);
        assertThat(feeOf(order(shop, menu, 37.5268, 127.1001))).isEqualTo(2_500);
        assertThat(feeOf(order(shop, menu, 37.5376, 127.1001)))
                .as("beyond the tiers")
                .isEqualTo(4_000);

        var far = order(shop, menu, 37.5440, 127.1001);
        assertThat(far.statusCode()).as(far.body()).isEqualTo(422);
        assertThat(api.json(far).get("detail").asString()).contains("outside the shop's delivery area");
    }

    @Test
    void theDisplayShowsTheScheduleAndAHolidayTodayClosesTheShop() throws Exception {
        var shop = register(shop(
                "Holiday Chicken",
                "[{\"day\":\"MONDAY\",\"starts\":\"15:00\",\"ends\":\"16:30\"}]",
                "[\"" + SEOUL_TODAY + "\"]"));
        var menu = menu(shop);

        var detail = api.json(api.send("GET", "/api/display/shops/" + shop, null, null));
        assertThat(detail.get("open").asBoolean()).isFalse();
        assertThat(detail.get("holidays").get(0).asString()).isEqualTo(SEOUL_TODAY);
        assertThat(detail.get("breaks").get(0).get("starts").asString()).isEqualTo("15:00");
        assertThat(detail.get("zone").asString()).isEqualTo("Asia/Seoul");

        var refused = order(shop, menu, 37.5140, 127.1010);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(api.json(refused).get("detail").asString()).contains("not taking orders");

        // the owner takes the holiday back: open again (the periods run around the clock)
        var changed = api.send("PUT", "/api/shops/" + shop, owner, shop("Holiday Chicken", "[]", "[]"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.json(api.send("GET", "/api/display/shops/" + shop, null, null))
                        .get("open")
                        .asBoolean());
        assertThat(order(shop, menu, 37.5140, 127.1010).statusCode()).isEqualTo(201);
    }

    @Test
    void aRegularClosedDayClosesTheShopOnThatWeekday() throws Exception {
        var body = shop("Closed Today", "[]", "[]")
                .replace(
                        "\"zone\":\"Asia/Seoul\"",
                        "\"zone\":\"Asia/Seoul\",\"closedDays\":[\"" + SEOUL_WEEKDAY + "\"]");
        var shop = register(body);

        // the display is built from the shop's events: wait for its document
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.send("GET", "/api/display/shops/" + shop, null, null)
                                .statusCode()
                        == 200);
        var detail = api.json(api.send("GET", "/api/display/shops/" + shop, null, null));
        assertThat(detail.get("closedDays").get(0).asString()).isEqualTo(SEOUL_WEEKDAY);
        assertThat(detail.get("open").asBoolean()).isFalse();
    }

    @Test
    void aScheduleOrTiersThatCannotHoldAreABadRequestAndChangeNothing() throws Exception {
        var before = api.json(api.send("GET", "/api/me/shops", owner, null)).size();
        var valid = shop("Never Stored", "[]", "[]");

        assertBadRequest(valid.replace("{\"upToMeters\":2000", "{\"upToMeters\":900"), "go up in distance");
        assertBadRequest(valid.replace("{\"upToMeters\":2000", "{\"upToMeters\":3500"), "beyond the delivery radius");
        assertBadRequest(valid.replace("\"Asia/Seoul\"", "\"Mars/Olympus\""), "time zone");
        assertBadRequest(
                shop("Never Stored", "[{\"day\":\"MONDAY\",\"starts\":\"16:00\",\"ends\":\"15:00\"}]", "[]"), "break");
        assertBadRequest(
                valid.replace(
                        "\"openingHours\":[",
                        "\"openingHours\":[{\"day\":\"MONDAY\",\"opens\":\"10:00\",\"closes\":\"12:00\"},"),
                "overlap");
        assertThat(api.send("POST", "/api/shops", owner, shop("Never Stored", "[]", "[\"2026-13-01\"]"))
                        .statusCode())
                .isEqualTo(400);

        assertThat(api.json(api.send("GET", "/api/me/shops", owner, null))).hasSize(before);
    }

    /** A shop 3 km around Olympic Park, around the clock, with fees of 1,000 up to 1 km, 2,500 up to 2 km, else 4,000. */
    private static String shop(String name, String breaks, String holidays) {
        return """
                {"name":"%s","category":"CHICKEN","address":"Olympic-ro 300","lat":37.5133,"lng":127.1001,
                 "deliveryRadiusMeters":3000,"minOrderAmount":10000,"deliveryFee":4000,
                 "deliveryFeeTiers":[{"upToMeters":1000,"fee":1000},{"upToMeters":2000,"fee":2500}],
                 "openingHours":%s,"breaks":%s,"holidays":%s,"zone":"Asia/Seoul"}""".formatted(name, OrderLifecycleEndToEndTests.ALL_DAY, breaks, holidays);
    }

    private String register(String body) throws Exception {
        var registered = api.send("POST", "/api/shops", owner, body);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return api.json(registered).get("id").asString();
    }

    /** Adds a menu, opens the shop, and waits for the display to show the menu. */
    private String menu(String shop) throws Exception {
        var menu = api.json(api.send("POST", "/api/shops/" + shop + "/menus", owner, """
                        {"name":"Fried Chicken","price":18000,"group":"Chicken"}"""))
                .get("id")
                .asString();
        api.send("POST", "/api/shops/" + shop + "/open", owner, null);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.send("GET", "/api/display/shops/" + shop, null, null)
                        .body()
                        .contains(menu));
        return menu;
    }

    private HttpResponse<String> order(String shop, String menu, double lat, double lng) throws Exception {
        var body = """
                {"shopId":"%s","items":[{"menuId":"%s","quantity":1}],"deliveryAddress":"Somewhere in Songpa",
                 "lat":%s,"lng":%s}""".formatted(shop, menu, lat, lng);
        return api.send(
                "POST",
                "/api/orders",
                customer,
                body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private long feeOf(HttpResponse<String> placed) throws Exception {
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        return api.json(placed).get("deliveryFee").asLong();
    }

    private void assertBadRequest(String body, String detail) throws Exception {
        var refused = api.send("POST", "/api/shops", owner, body);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.json(refused).get("detail").asString()).contains(detail);
    }
}
