package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * An owner cancels one line of a paid order over HTTP: the customer is refunded that part less the coupon discount it
 * loses, the coupon whose minimum is no longer reached goes back, refusals change nothing, and a rejection afterwards
 * refunds the rest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PartialCancellationEndToEndTests {

    @LocalServerPort
    int port;

    @Test
    void theOwnerCancelsALineAndTheCustomerGetsThatPartBack() throws Exception {
        var api = new ApiClient(port);
        var customer = api.newCustomer();
        var owner = api.token("owner1");
        var shop = api.openShop(owner, "Half Chicken " + UUID.randomUUID(), 15_000);
        var coupon = api.claimCoupon(customer, "Big order 7000", 7_000, 40_000);

        // 18,000 + 2 x 18,000 of items, 2,000 delivery, 7,000 off with a coupon for orders of 40,000 or more
        var placed = api.send(
                "POST",
                "/api/orders",
                customer,
                ApiClient.twoLineOrderRequest(shop, ",\"couponId\":\"" + coupon + "\""),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        var orderId = api.json(placed).get("id").asString();
        assertThat(api.json(placed).get("paymentAmount").asLong()).isEqualTo(49_000);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.status(orderId, customer).equals("PAID"));
        var lines = "/api/shops/%s/orders/%s/lines/".formatted(shop.shopId(), orderId);

        // refusals: no such line, no reason, a stranger, the customer; nothing changes
        var noSuchLine = api.send("POST", lines + "7/cancel", owner, "{\"reason\":\"out of chicken\"}");
        assertThat(noSuchLine.statusCode()).isEqualTo(422);
        assertThat(api.json(noSuchLine).get("line").asInt()).isEqualTo(7);
        assertThat(api.send("POST", lines + "-1/cancel", owner, "{\"reason\":\"x\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.send("POST", lines + "1/cancel", owner, "{\"reason\":\" \"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.send("POST", lines + "1/cancel", owner, null).statusCode())
                .isEqualTo(400);
        assertThat(api.send("POST", lines + "1/cancel", api.token("owner2"), "{\"reason\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.send("POST", lines + "1/cancel", customer, "{\"reason\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(order(api, orderId, customer).get("paymentAmount").asLong()).isEqualTo(49_000);

        var cancelled = api.send("POST", lines + "1/cancel", owner, "{\"reason\":\"only one chicken left\"}");

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        var order = api.json(cancelled);
        assertThat(order.get("status").asString()).isEqualTo("PAID");
        assertThat(order.get("items").get(1).get("cancelled").asBoolean()).isTrue();
        assertThat(order.get("items").get(1).get("cancelReason").asString()).isEqualTo("only one chicken left");
        assertThat(order.get("items").get(0).get("cancelled").asBoolean()).isFalse();
        assertThat(order.get("totalAmount").asLong()).isEqualTo(20_000);
        assertThat(order.get("discountAmount").asLong()).isZero();
        assertThat(order.get("paymentAmount").asLong()).isEqualTo(20_000);
        // 36,000 of chicken less the 7,000 the coupon no longer takes off; the coupon is the customer's again
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        payment(api, orderId, customer).get("refundedAmount").asLong() == 29_000);
        assertThat(payment(api, orderId, customer).get("status").asString()).isEqualTo("APPROVED");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.couponStatus(customer, coupon).equals("ISSUED"));

        var again = api.send("POST", lines + "1/cancel", owner, "{\"reason\":\"again\"}");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("cancelled already");
        var last = api.send("POST", lines + "0/cancel", owner, "{\"reason\":\"none left\"}");
        assertThat(last.statusCode()).isEqualTo(422);
        assertThat(last.body()).contains("reject the order");

        // rejecting the order now refunds what is left, and no more
        assertThat(api.send(
                                "POST",
                                "/api/shops/%s/orders/%s/reject".formatted(shop.shopId(), orderId),
                                owner,
                                "{\"reason\":\"closing early\"}")
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        payment(api, orderId, customer).get("status").asString().equals("REFUNDED"));
        assertThat(payment(api, orderId, customer).get("refundedAmount").asLong())
                .isEqualTo(payment(api, orderId, customer).get("amount").asLong())
                .isEqualTo(49_000);
    }

    @Test
    void aLineIsNoLongerCancelledOnceTheRiderHasTheFood() throws Exception {
        var api = new ApiClient(port);
        var customer = api.newCustomer();
        var owner = api.token("owner1");
        var shop = api.openShop(owner, "Picked Chicken " + UUID.randomUUID(), 15_000);
        var placed = api.send(
                "POST",
                "/api/orders",
                customer,
                ApiClient.twoLineOrderRequest(shop, ""),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        var orderId = api.json(placed).get("id").asString();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.status(orderId, customer).equals("PAID"));
        api.deliver(shop.shopId(), orderId, customer, owner, api.token("rider1"));

        var late = api.send(
                "POST",
                "/api/shops/%s/orders/%s/lines/1/cancel".formatted(shop.shopId(), orderId),
                owner,
                "{\"reason\":\"too late\"}");

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(order(api, orderId, customer)
                        .get("items")
                        .get(1)
                        .get("cancelled")
                        .asBoolean())
                .isFalse();
    }

    private static JsonNode order(ApiClient api, String orderId, String customer) throws Exception {
        return api.json(api.send("GET", "/api/orders/" + orderId, customer, null));
    }

    private static JsonNode payment(ApiClient api, String orderId, String customer) throws Exception {
        return api.json(api.send("GET", "/api/payments?orderId=" + orderId, customer, null));
    }
}
