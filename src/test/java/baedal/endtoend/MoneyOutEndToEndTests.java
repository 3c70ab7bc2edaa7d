package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Money out over HTTP: a delivered order's day is closed and its statement paid out to the shop, once; the payment
 * gateway's settlement file is reconciled against the payments captured, every difference listed; a file that cannot
 * be read is a 400 naming the line. Its own application (a day is closed here), with the demo data.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "baedal.settlement.payout-retry-interval=PT1M")
@ActiveProfiles({"demo", "test"})
class MoneyOutEndToEndTests {

    @LocalServerPort
    int port;

    @Test
    void aClosedDayIsPaidOutOnceAndTheGatewayFileIsReconciledLineByLine() throws Exception {
        var api = new ApiClient(port);
        var admin = api.token("admin");
        var owner = api.token("owner1");
        var customer = api.newCustomer();
        var rider = api.token("rider1");
        var shop = api.openShop(owner, "Payout Chicken", 10_000);
        var order = api.placeOrder(customer, shop);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.status(order, customer).equals("PAID"));
        api.deliver(shop.shopId(), order, customer, owner, rider);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.status(order, customer).equals("DELIVERED"));
        var today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        var payouts = "/api/shops/%s/payouts?from=%s&to=%s".formatted(shop.shopId(), today, today);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.json(api.send(
                                        "GET",
                                        "/api/shops/%s/settlements?from=%s&to=%s"
                                                .formatted(shop.shopId(), today, today),
                                        owner,
                                        null))
                                .get("sales")
                                .asLong()
                        > 0);

        var closed = api.send("POST", "/api/admin/settlements/close?date=" + today, admin, null);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        var payout = awaitPaid(api, payouts, owner);
        assertThat(payout.get("amount").asLong()).isPositive();
        assertThat(payout.get("reference").asString()).startsWith("SBX-");
        assertThat(api.json(api.send("POST", "/api/admin/settlements/close?date=" + today, admin, null)))
                .as("closing again closes nothing")
                .isEmpty();
        assertThat(api.json(api.send("GET", payouts, owner, null))).hasSize(1);
        assertThat(api.send("GET", payouts, api.token("owner2"), null).statusCode())
                .isEqualTo(403);
        assertThat(api.send(
                                "GET",
                                "/api/shops/%s/payouts?from=%s&to=%s"
                                        .formatted(shop.shopId(), today, today.minusDays(1)),
                                owner,
                                null)
                        .statusCode())
                .as("a period running backwards, as for statements")
                .isEqualTo(422);

        var paid = api.json(api.send("GET", "/api/orders/" + order, customer, null))
                .get("paymentAmount")
                .asLong();
        var stranger = UUID.randomUUID();
        var file = """
                order_id,type,amount,date
                %s,CAPTURE,%d,%s
                %s,CAPTURE,5000,%s
                """.formatted(order, paid - 1_000, today, stranger, today);
        var reconciled = api.send(
                "POST",
                "/api/admin/settlements/reconciliation/gateway?from=%s&to=%s".formatted(today, today),
                admin,
                file,
                Map.of("Content-Type", "text/csv"));
        assertThat(reconciled.statusCode()).as(reconciled.body()).isEqualTo(200);
        var result = api.json(reconciled);
        assertThat(result.get("balanced").asBoolean()).isFalse();
        assertThat(result.get("differences")
                        .valueStream()
                        .filter(d -> d.get("orderId").asString().equals(order)))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.get("kind").asString()).isEqualTo("CAPTURE_DIFFERS");
                    assertThat(d.get("expected").asLong()).isEqualTo(paid);
                    assertThat(d.get("reported").asLong()).isEqualTo(paid - 1_000);
                });
        assertThat(result.get("differences")
                        .valueStream()
                        .filter(d -> d.get("orderId").asString().equals(stranger.toString())))
                .singleElement()
                .satisfies(d -> assertThat(d.get("kind").asString()).isEqualTo("UNKNOWN_TO_US"));

        var unreadable = api.send(
                "POST",
                "/api/admin/settlements/reconciliation/gateway?from=%s&to=%s".formatted(today, today),
                admin,
                "order_id,type,amount,date\n%s,CAPTURED,100,%s\n".formatted(order, today),
                Map.of("Content-Type", "text/csv"));
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.json(unreadable).get("detail").asString()).contains("line 2");
        assertThat(api.send(
                                "POST",
                                "/api/admin/settlements/reconciliation/gateway?from=%s&to=%s".formatted(today, today),
                                owner,
                                file,
                                Map.of("Content-Type", "text/csv"))
                        .statusCode())
                .isEqualTo(403);
    }

    private static JsonNode awaitPaid(ApiClient api, String payouts, String owner) {
        var seen = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            var list = api.json(api.send("GET", payouts, owner, null));
            seen[0] = list.isEmpty() ? null : list.get(0);
            return seen[0] != null && seen[0].get("status").asString().equals("PAID");
        });
        return seen[0];
    }
}
