package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An operator re-publishes every event of the day — an order with a coupon delivered and reviewed, its payment, its
 * settlement — and every read model, balance and ledger is exactly as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class RepublishEndToEndTests {

    @LocalServerPort
    int port;

    @Test
    void republishingADaysEventsChangesNothing() throws Exception {
        var started = Instant.now();
        var api = new ApiClient(port);
        var admin = api.token("admin");
        var customer = api.token("customer3");
        var owner = api.token("owner1");
        var rider = api.token("rider1");
        var opened = api.openShop(owner, "Replay Chicken", 10000);
        var shop = opened.shopId();
        var menu = opened.menuId();
        var campaign = api.json(api.send("POST", "/api/coupon-campaigns", admin, """
                        {"name":"Replay 3000","discountAmount":3000,"minOrderAmount":10000,"totalQuantity":5,
                         "validFrom":"%s","validUntil":"%s"}""".formatted(
                                started.minusSeconds(60), started.plus(Duration.ofDays(1)))))
                .get("id")
                .asString();
        var coupon = api.json(api.send("POST", "/api/coupon-campaigns/" + campaign + "/issue", customer, null))
                .get("id")
                .asString();

        var order = api.json(api.send(
                        "POST",
                        "/api/orders",
                        customer,
                        """
                        {"shopId":"%s","items":[{"menuId":"%s","quantity":1,"optionNames":[]}],
                         "deliveryAddress":"Olympic-ro 240","lat":37.5140,"lng":127.1010,"couponId":"%s"}""".formatted(shop, menu, coupon),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())))
                .get("id")
                .asString();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.status(order, customer).equals("PAID"));
        api.deliver(shop, order, customer, owner, rider);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.send("POST", "/api/orders/" + order + "/review", customer, """
                                {"rating":5,"text":"Replayed twice, eaten once"}""")
                                .statusCode()
                        == 201);
        await().atMost(Duration.ofSeconds(10)).until(() -> settled(api, admin) && nothingPending(api, admin));
        var before = snapshot(api, shop, order, customer, owner);

        var republished = api.json(api.send(
                        "POST",
                        "/api/admin/events/republish",
                        admin,
                        "{\"status\":\"completed\",\"from\":\"%s\"}".formatted(started)))
                .get("republished")
                .asInt();
        assertThat(republished).isGreaterThanOrEqualTo(10);
        await().atMost(Duration.ofSeconds(15)).until(() -> nothingPending(api, admin));

        assertThat(snapshot(api, shop, order, customer, owner)).isEqualTo(before);
        var today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        assertThat(api.json(api.send(
                                "GET",
                                "/api/admin/settlements/reconciliation?from=%s&to=%s"
                                        .formatted(today.minusDays(1), today.plusDays(1)),
                                admin,
                                null))
                        .get("balanced")
                        .asBoolean())
                .isTrue();
        assertThat(api.send("GET", "/api/admin/events?status=failed", admin, null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.send("GET", "/api/admin/events?status=incomplete", customer, null)
                        .statusCode())
                .isEqualTo(403);
    }

    private static List<String> snapshot(ApiClient api, String shop, String order, String customer, String owner)
            throws Exception {
        var today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        return List.of(
                api.send("GET", "/api/orders/" + order, customer, null).body(),
                api.send("GET", "/api/payments?orderId=" + order, customer, null)
                        .body(),
                api.send("GET", "/api/me/coupons", customer, null).body(),
                api.send("GET", "/api/me/points", customer, null).body(),
                api.send("GET", "/api/display/shops/" + shop, null, null).body(),
                api.send("GET", "/api/shops/" + shop + "/reviews", null, null).body(),
                api.send(
                                "GET",
                                "/api/shops/%s/settlements?from=%s&to=%s"
                                        .formatted(shop, today.minusDays(1), today.plusDays(1)),
                                owner,
                                null)
                        .body());
    }

    private static boolean settled(ApiClient api, String admin) throws Exception {
        var today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        return api.json(api.send(
                                "GET",
                                "/api/admin/settlements/reconciliation?from=%s&to=%s"
                                        .formatted(today.minusDays(1), today.plusDays(1)),
                                admin,
                                null))
                        .get("settledSales")
                        .asLong()
                > 0;
    }

    private static boolean nothingPending(ApiClient api, String admin) throws Exception {
        return api.json(api.send("GET", "/api/admin/events?status=incomplete", admin, null))
                .isEmpty();
    }
}
