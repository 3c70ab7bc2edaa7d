package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** A customer's coupon and points on orders over real HTTP: priced, taken, given back, and one coupon used once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CouponOnOrdersEndToEndTests {

    @LocalServerPort
    int port;

    private ApiClient api;
    private String customer;
    private String admin;
    private String shopId;
    private String menuId;

    @BeforeEach
    void openAShopAndHandOutACoupon() throws Exception {
        api = new ApiClient(port);
        customer = api.token("customer2");
        admin = api.token("admin");
        var owner = api.token("owner2");
        var opened = api.openShop(owner, "Coupon Chicken", 15000);
        shopId = opened.shopId();
        menuId = opened.menuId();
    }

    @Test
    void anOrderWithACouponPaysLessAndACancellationGivesTheCouponBack() throws Exception {
        var coupon = claimCoupon();

        var placed = place(coupon, 0);
        assertThat(placed.statusCode()).isEqualTo(201);
        var order = api.json(placed);
        assertThat(order.get("totalAmount").asLong()).isEqualTo(20_000);
        assertThat(order.get("discountAmount").asLong()).isEqualTo(7_000);
        assertThat(order.get("couponId").asString()).isEqualTo(coupon);
        assertThat(order.get("paymentAmount").asLong()).isEqualTo(13_000);
        var orderId = order.get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> couponStatus(coupon).equals("USED"));

        assertThat(api.send("POST", "/api/orders/" + orderId + "/cancel", customer, null)
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> couponStatus(coupon).equals("ISSUED"));
        assertThat(place(coupon, 0).statusCode()).isEqualTo(201);
    }

    @Test
    void oneCouponOnTwoOrdersAtOnceEndsWithOnePaidAndTheOtherCancelled() throws Exception {
        var coupon = claimCoupon();

        var orders = new ArrayList<String>();
        var tasks = new ArrayList<Future<HttpResponse<String>>>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 2; i++) {
                tasks.add(pool.submit(() -> place(coupon, 0)));
            }
        }
        var refusedAtPricing = 0;
        for (var task : tasks) {
            var response = task.get();
            assertThat(response.statusCode()).isIn(201, 422);
            if (response.statusCode() == 201) {
                orders.add(api.json(response).get("id").asString());
            } else {
                refusedAtPricing++; // the first order had taken the coupon before this one was priced
            }
        }
        assertThat(orders).isNotEmpty();

        // Either the second order was refused when priced, or both were placed and the later one is cancelled.
        var expected = refusedAtPricing == 1 ? List.of("PAID") : List.of("CANCELLED", "PAID");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> orders.stream().map(this::status).sorted().toList().equals(expected));
        var cancelled =
                orders.stream().filter(id -> status(id).equals("CANCELLED")).findFirst();
        cancelled.ifPresent(id -> {
            assertThat(view(id).get("cancelReason").asString()).startsWith("BENEFITS_REFUSED");
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                var payment = api.send("GET", "/api/payments?orderId=" + id, customer, null);
                return payment.statusCode() == 404
                        || !api.json(payment).get("status").asString().equals("APPROVED");
            });
        });
        assertThat(couponStatus(coupon)).isEqualTo("USED");
        var mine = api.json(api.send("GET", "/api/me/coupons", customer, null));
        var paid = orders.stream()
                .filter(id -> status(id).equals("PAID"))
                .findFirst()
                .orElseThrow();
        assertThat(mine.valueStream()
                        .filter(c -> c.get("id").asString().equals(coupon))
                        .findFirst()
                        .orElseThrow()
                        .get("orderId")
                        .asString())
                .isEqualTo(paid);
    }

    @Test
    void pointsBeyondTheBalanceAndForeignCouponsAre422() throws Exception {
        var balance = api.json(api.send("GET", "/api/me/points", customer, null))
                .get("balance")
                .asLong();
        assertThat(place(null, balance + 1).statusCode()).isEqualTo(422);
        assertThat(place(UUID.randomUUID().toString(), 0).statusCode()).isEqualTo(422);
    }

    private String claimCoupon() throws Exception {
        return api.claimCoupon(customer, "Chicken 7000", 7_000, 15_000);
    }

    private HttpResponse<String> place(String coupon, long points) throws Exception {
        var body = """
                {"shopId":"%s","items":[{"menuId":"%s","quantity":1,"optionNames":[]}],
                 "deliveryAddress":"Olympic-ro 240","lat":37.5140,"lng":127.1010%s%s}""".formatted(
                        shopId,
                        menuId,
                        coupon == null ? "" : ",\"couponId\":\"" + coupon + "\"",
                        points == 0 ? "" : ",\"points\":" + points);
        return api.send(
                "POST",
                "/api/orders",
                customer,
                body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private String couponStatus(String coupon) throws Exception {
        return api.couponStatus(customer, coupon);
    }

    private JsonNode view(String orderId) {
        try {
            return api.json(api.send("GET", "/api/orders/" + orderId, customer, null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String status(String orderId) {
        return view(orderId).get("status").asString();
    }
}
