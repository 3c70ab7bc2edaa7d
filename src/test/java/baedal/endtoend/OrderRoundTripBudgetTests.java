package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import baedal.platform.jdbc.RoundTrips;
import baedal.platform.jdbc.RoundTrips.Kind;
import baedal.platform.jdbc.RoundTrips.Source;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What one delivered order costs the database, counted, not timed: the calls that reach the database server
 * (statements prepared and executed, commits, rollbacks, auto-commit switches, counted between the pool and the
 * driver; {@link RoundTrips}) sent while an order is placed, paid, accepted, dispatched, picked up and handed over, every event listener included, on one
 * instance. Fails, listing the statements, when the order costs more than {@link #BUDGET}. The count is
 * deterministic: the test waits for the database to fall quiet between steps instead of polling, and the reads it
 * makes to see where the order stands are taken off the count. Schedules and change feeds are not counted (an idle
 * instance runs them too; the order benchmark shows them).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "baedal.jdbc.count-round-trips=true")
@ActiveProfiles({"demo", "test"})
class OrderRoundTripBudgetTests {

    /**
     * Round trips of one delivered order; lowered as the order path gets cheaper, never raised to make room. 233 on
     * 2026-12-07 (94 statements each prepared anew, 17 transactions each switching auto-commit off and on); 200 with
     * connections out of auto-commit (no switches, a rollback for each of 4 reads outside a transaction); 109 with each
     * connection keeping its prepared statements (a connection's first prepare of a statement is shown, not counted); 99
     * with a completed publication moved to the archive by one statement instead of a copy and a delete; 89 with the
     * inbox written only for runs that may repeat an earlier one (redelivered events, resubmitted publications); 84 with
     * each change of the order starting from the order as this instance stored it, without reading it back; 74 with
     * subscribers' reads of the order of an event served from the memory of the instance that stored that version and the
     * order row written with its timeline entry in one statement; 71 with a transaction's publications written in one
     * statement; 63 with dispatch reading riders, their load and declines in one statement, the payment recording the
     * gateway's answer to the payment it sent, points earned without looking for an earlier earning first (the ledger's
     * unique key tells), an Idempotency-Key recorded without looking it up first, shops' owners remembered and the orders
     * waiting for a rider read in the transaction completing a delivery; 60 with the rider's steps starting from the
     * delivery as this instance stored it and dispatch asking once whether it has seen an order; 58 with a placed
     * order's payment created without looking for one first and a sale's ledger entry checked for a replay by the
     * statement adding it.
     */
    static final long BUDGET = 58;

    @LocalServerPort
    int port;

    @Autowired
    RoundTrips roundTrips;

    private ApiClient api;
    private long looks;

    @Test
    void aDeliveredOrderStaysWithinItsRoundTripBudget() throws Exception {
        api = new ApiClient(port);
        var customer = api.newCustomer();
        var owner = api.token("owner1");
        var rider = api.token("rider1");
        var shop = api.openShop(owner, "Budget Chicken", 10_000);
        deliverOne(shop, customer, owner, rider); // the first order of a shop and a customer pays for some caches

        quiet();
        var before = roundTrips.ofRequestsAndListeners();
        var kindsBefore = kinds();
        var statementsBefore = roundTrips.statements();
        looks = 0;
        deliverOne(shop, customer, owner, rider);
        quiet();
        var spent = roundTrips.ofRequestsAndListeners() - before - looks;

        var kinds = kinds();
        kinds.replaceAll((kind, count) -> count - kindsBefore.getOrDefault(kind, 0L));
        var statements = roundTrips.statements();
        var listing = statements.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - statementsBefore.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> "%4d  %s".formatted(e.getValue(), e.getKey().replaceAll("\\s+", " ")))
                .collect(Collectors.joining("\n"));
        System.out.printf(
                "One delivered order: %d round trips (budget %d): %s, less %d of the test's own looks%n",
                spent, BUDGET, kinds, looks);
        assertThat(spent)
                .as(
                        "round trips of one delivered order (%s, less %d of the test's own looks); statements:%n%s",
                        kinds, looks, listing)
                .isLessThanOrEqualTo(BUDGET);
    }

    private void deliverOne(ApiClient.OpenShop shop, String customer, String owner, String rider) throws Exception {
        var order = api.placeOrder(customer, shop);
        until(order, customer, "status", "PAID");
        api.send("POST", "/api/shops/%s/orders/%s/accept".formatted(shop.shopId(), order), owner, null);
        var delivery = until(order, customer, "deliveryId", null);
        api.send("POST", "/api/deliveries/" + delivery + "/pickup", rider, null);
        api.send("POST", "/api/deliveries/" + delivery + "/complete", rider, null);
        until(order, customer, "status", "DELIVERED");
    }

    /**
     * Waits for the database to fall quiet, then looks at the order (a look that is taken off the count) until the
     * field has the value wanted (any value, for {@code null}); returns it.
     */
    private String until(String order, String customer, String field, String wanted) throws Exception {
        var deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            quiet();
            var start = roundTrips.ofRequestsAndListeners();
            var value = api.json(api.send("GET", "/api/orders/" + order, customer, null))
                    .path(field);
            looks += roundTrips.ofRequestsAndListeners() - start;
            if (!value.isNull()
                    && !value.isMissingNode()
                    && (wanted == null || value.asString().equals(wanted))) {
                return value.asString();
            }
        }
        throw new AssertionError("order " + order + " never had " + field + " " + wanted);
    }

    /** Returns once no request or listener has called the database for half a second. */
    private void quiet() throws InterruptedException {
        var last = roundTrips.ofRequestsAndListeners();
        var quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < 500_000_000L) {
            Thread.sleep(50);
            var now = roundTrips.ofRequestsAndListeners();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            }
        }
    }

    private Map<Kind, Long> kinds() {
        var kinds = new EnumMap<Kind, Long>(Kind.class);
        for (var kind : Kind.values()) {
            kinds.put(kind, roundTrips.count(Source.REQUEST, kind) + roundTrips.count(Source.LISTENER, kind));
        }
        return kinds;
    }
}
