package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import baedal.delivery.application.DeliveryManagement;
import baedal.payment.adapter.out.gateway.SandboxPaymentGateway;
import baedal.testing.InjectedFailure;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** Orders over real HTTP with the demo accounts: place → pay → accept → pick up → deliver, and reject → refund. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "baedal.payment.retry-interval=PT1S")
@ActiveProfiles({"demo", "test"})
class OrderLifecycleEndToEndTests {

    @Autowired
    SandboxPaymentGateway gateway;

    @Autowired
    IncompleteEventPublications incomplete;

    @MockitoSpyBean
    DeliveryManagement deliveries;

    static final String ALL_DAY = """
            [{"day":"MONDAY","opens":"00:00","closes":"00:00"},{"day":"TUESDAY","opens":"00:00","closes":"00:00"},
             {"day":"WEDNESDAY","opens":"00:00","closes":"00:00"},{"day":"THURSDAY","opens":"00:00","closes":"00:00"},
             {"day":"FRIDAY","opens":"00:00","closes":"00:00"},{"day":"SATURDAY","opens":"00:00","closes":"00:00"},
             {"day":"SUNDAY","opens":"00:00","closes":"00:00"}]""";

    @LocalServerPort
    int port;

    private ApiClient api;
    private String customer;
    private String owner;
    private String shopId;
    private String menuId;

    @BeforeEach
    void openAShop() throws Exception {
        api = new ApiClient(port);
        customer = api.token("customer1");
        owner = api.token("owner1");
        shopId = api.json(api.send("POST", "/api/shops", owner, """
                {"name":"Lifecycle Chicken","category":"CHICKEN","address":"Olympic-ro 300","lat":37.5133,"lng":127.1001,
                 "deliveryRadiusMeters":3000,"minOrderAmount":15000,"deliveryFee":2000,"openingHours":%s}""".formatted(ALL_DAY)))
                .get("id")
                .asString();
        menuId = api.json(api.send("POST", "/api/shops/" + shopId + "/menus", owner, """
                {"name":"Fried Chicken","price":18000,"group":"Chicken","options":[{"name":"Boneless","price":2000}]}"""))
                .get("id")
                .asString();
        api.send("POST", "/api/shops/" + shopId + "/open", owner, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            var detail = api.send("GET", "/api/display/shops/" + shopId, null, null);
            return detail.statusCode() == 200
                    && detail.body().contains("\"open\":true")
                    && detail.body().contains(menuId);
        });
    }

    @Test
    void anOrderGoesFromPlacementToDelivery() throws Exception {
        var placed = place(UUID.randomUUID().toString(), 2);
        assertThat(placed.statusCode()).isEqualTo(201);
        var order = api.json(placed);
        var orderId = order.get("id").asString();
        assertThat(order.get("totalAmount").asLong()).isEqualTo(2 * (18_000 + 2_000) + 2_000);
        assertThat(order.get("paymentAmount").asLong()).isEqualTo(42_000);

        awaitStatus(orderId, customer, "PAID");
        assertThat(api.send("POST", "/api/shops/%s/orders/%s/accept".formatted(shopId, orderId), owner, null)
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !view(orderId, customer).get("deliveryId").isNull());
        var deliveryId = view(orderId, customer).get("deliveryId").asString();

        var rider = api.token("rider1");
        assertThat(api.send("GET", "/api/me/deliveries", rider, null).body()).contains(deliveryId);
        assertThat(api.send("POST", "/api/deliveries/" + deliveryId + "/complete", rider, null)
                        .statusCode())
                .isEqualTo(409);
        assertThat(api.send("POST", "/api/deliveries/" + deliveryId + "/pickup", rider, null)
                        .statusCode())
                .isEqualTo(200);
        awaitStatus(orderId, customer, "PICKED_UP");
        assertThat(api.send("POST", "/api/deliveries/" + deliveryId + "/complete", rider, null)
                        .statusCode())
                .isEqualTo(200);
        awaitStatus(orderId, customer, "DELIVERED");

        var history = view(orderId, customer)
                .get("history")
                .valueStream()
                .map(step -> step.get("status").asString())
                .toList();
        assertThat(history).containsExactly("PLACED", "PAID", "ACCEPTED", "PICKED_UP", "DELIVERED");
        assertThat(api.send("POST", "/api/orders/" + orderId + "/cancel", customer, null)
                        .statusCode())
                .isEqualTo(409);
        assertThat(api.send("POST", "/api/shops/%s/orders/%s/accept".formatted(shopId, orderId), owner, null)
                        .statusCode())
                .isEqualTo(409);
        var shopOrders = api.json(api.send("GET", "/api/shops/" + shopId + "/orders?status=DELIVERED", owner, null));
        assertThat(shopOrders.valueStream().map(o -> o.get("id").asString())).contains(orderId);
    }

    @Test
    void aRejectedOrderIsCancelledAndRefunded() throws Exception {
        var orderId = api.json(place(UUID.randomUUID().toString(), 1)).get("id").asString();
        awaitStatus(orderId, customer, "PAID");

        var rejected = api.send(
                "POST",
                "/api/shops/%s/orders/%s/reject".formatted(shopId, orderId),
                owner,
                "{\"reason\":\"out of chicken\"}");

        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(api.json(rejected).get("status").asString()).isEqualTo("CANCELLED");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.json(api.send("GET", "/api/payments?orderId=" + orderId, customer, null))
                        .get("status")
                        .asString()
                        .equals("REFUNDED"));
    }

    @Test
    void theSameIdempotencyKeyReturnsTheSameOrderAndADifferentBodyIs422() throws Exception {
        var key = UUID.randomUUID().toString();
        var first = place(key, 1);
        var again = place(key, 1);
        var changed = place(key, 3);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(api.json(again).get("id").asString())
                .isEqualTo(api.json(first).get("id").asString());
        assertThat(changed.statusCode()).isEqualTo(422);
        assertThat(api.send("POST", "/api/orders", customer, body(1), Map.of()).statusCode())
                .isEqualTo(400);
    }

    @Test
    void othersMayNotSeeOrDecideAndBadCartsAreRefused() throws Exception {
        var orderId = api.json(place(UUID.randomUUID().toString(), 1)).get("id").asString();

        assertThat(api.send("GET", "/api/orders/" + orderId, api.token("customer2"), null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.send("GET", "/api/orders/" + orderId, owner, null).statusCode())
                .isEqualTo(200);
        assertThat(api.send(
                                "POST",
                                "/api/shops/%s/orders/%s/accept".formatted(shopId, orderId),
                                api.token("owner2"),
                                null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.send("POST", "/api/orders", owner, body(1), Map.of("Idempotency-Key", "k"))
                        .statusCode())
                .isEqualTo(403);

        var belowMinimum = api.send(
                "POST",
                "/api/orders",
                customer,
                body(1).replace("[\"Boneless\"]", "[]").replace("\"quantity\":1", "\"quantity\":0"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(belowMinimum.statusCode()).isEqualTo(400);
        var farAway = api.send(
                "POST",
                "/api/orders",
                customer,
                body(1).replace("37.5140", "35.1796"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(farAway.statusCode()).isEqualTo(422);
        var unknownOption = api.send(
                "POST",
                "/api/orders",
                customer,
                body(1).replace("Boneless", "Gold flakes"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(unknownOption.statusCode()).isEqualTo(422);
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneOrder() throws Exception {
        var key = UUID.randomUUID().toString();
        try (var pool = Executors.newFixedThreadPool(8)) {
            var responses = new ArrayList<Future<HttpResponse<String>>>();
            for (int i = 0; i < 8; i++) {
                responses.add(pool.submit(() -> place(key, 1)));
            }
            var ids = new HashSet<String>();
            var created = 0;
            for (var response : responses) {
                var answer = response.get();
                assertThat(answer.statusCode()).isIn(200, 201);
                created += answer.statusCode() == 201 ? 1 : 0;
                ids.add(api.json(answer).get("id").asString());
            }
            assertThat(ids).hasSize(1);
            assertThat(created).isEqualTo(1);
        }
    }

    @Test
    void withTheGatewayDownOrdersAreAcceptedAsPaymentPendingAndPaidOnceItIsBack() throws Exception {
        gateway.setAvailable(false);
        try {
            var placed = place(UUID.randomUUID().toString(), 1);
            assertThat(placed.statusCode()).isEqualTo(201);
            var orderId = api.json(placed).get("id").asString();
            awaitStatus(orderId, customer, "PAYMENT_PENDING");
        } finally {
            gateway.setAvailable(true);
        }
        var pending = api.json(api.send("GET", "/api/shops/" + shopId + "/orders?status=PAYMENT_PENDING", owner, null));
        for (var order : pending) {
            awaitStatus(order.get("id").asString(), customer, "PAID");
        }
        assertThat(pending.size()).isPositive();
    }

    @Test
    void withDeliveryFailingOrderingGoesOnAndDispatchCatchesUpAfterRecovery() throws Exception {
        doThrow(new InjectedFailure("delivery database unreachable"))
                .when(deliveries)
                .dispatch(any(), anyLong());
        String orderId;
        try {
            var placed = place(UUID.randomUUID().toString(), 1);
            assertThat(placed.statusCode()).isEqualTo(201);
            orderId = api.json(placed).get("id").asString();
            awaitStatus(orderId, customer, "PAID");
            assertThat(api.send("POST", "/api/shops/%s/orders/%s/accept".formatted(shopId, orderId), owner, null)
                            .statusCode())
                    .isEqualTo(200);
            await().during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> view(orderId, customer).get("deliveryId").isNull());
        } finally {
            reset(deliveries);
        }
        incomplete.resubmitIncompletePublications(publication -> true);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !view(orderId, customer).get("deliveryId").isNull());
        assertThat(view(orderId, customer).get("status").asString()).isEqualTo("ACCEPTED");
    }

    private HttpResponse<String> place(String key, int quantity) throws Exception {
        return api.send("POST", "/api/orders", customer, body(quantity), Map.of("Idempotency-Key", key));
    }

    private String body(int quantity) {
        return """
                {"shopId":"%s","items":[{"menuId":"%s","quantity":%d,"optionNames":["Boneless"]}],
                 "deliveryAddress":"Olympic-ro 240, Songpa-gu","lat":37.5140,"lng":127.1010}""".formatted(shopId, menuId, quantity);
    }

    private tools.jackson.databind.JsonNode view(String orderId, String token) throws Exception {
        return api.json(api.send("GET", "/api/orders/" + orderId, token, null));
    }

    private void awaitStatus(String orderId, String token, String status) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> view(orderId, token).get("status").asString().equals(status));
    }
}
