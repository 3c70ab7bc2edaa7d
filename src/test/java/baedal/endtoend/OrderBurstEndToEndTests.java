package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import baedal.payment.adapter.out.gateway.FakeGateway;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A flash-sale burst of orders against a slow payment gateway behind the HTTP adapter with a concurrency limit of 3:
 * the gateway never sees more than 3 calls at once, the payments that find the limit full wait (PAYMENT_PENDING) and
 * are charged on the next rounds, and every order ends paid, each charged once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OrderBurstEndToEndTests {

    static final FakeGateway GATEWAY = startGateway();

    @DynamicPropertySource
    static void httpGateway(DynamicPropertyRegistry properties) {
        properties.add("baedal.payment.gateway", () -> "http");
        properties.add("baedal.payment.http.base-url", () -> "http://127.0.0.1:" + GATEWAY.port());
        properties.add("baedal.payment.http.max-concurrent-calls", () -> "3");
        properties.add("baedal.payment.http.read-timeout", () -> "PT3S");
        properties.add("baedal.payment.retry-interval", () -> "PT1S");
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stopGateway() {
        GATEWAY.close();
    }

    @Test
    void aBurstOfOrdersNeverOverloadsTheGatewayAndEveryOrderIsPaidOnce() throws Exception {
        GATEWAY.mode = FakeGateway.Mode.SLOW;
        GATEWAY.slowness = Duration.ofMillis(400);
        var api = new ApiClient(port);
        var owner = api.token("owner1");
        var opened = api.openShop(owner, "Burst Chicken", 10000);
        var customers = List.of(api.token("customer1"), api.token("customer2"), api.token("customer3"));
        var body = ApiClient.orderRequest(opened);

        var placed = new ArrayList<Future<String[]>>();
        try (var pool = Executors.newFixedThreadPool(12)) {
            for (int i = 0; i < 30; i++) {
                var token = customers.get(i % customers.size());
                placed.add(pool.submit(() -> {
                    var response = api.send(
                            "POST",
                            "/api/orders",
                            token,
                            body,
                            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                    assertThat(response.statusCode()).isEqualTo(201);
                    return new String[] {api.json(response).get("id").asString(), token};
                }));
            }
        }
        var orders = new ArrayList<String[]>();
        for (var order : placed) {
            orders.add(order.get());
        }

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (var order : orders) {
                        var status = api.json(api.send("GET", "/api/orders/" + order[0], order[1], null))
                                .get("status")
                                .asString();
                        if (!status.equals("PAID")) {
                            return false;
                        }
                    }
                    return true;
                });
        var waited = 0;
        for (var order : orders) {
            if (api.send("GET", "/api/orders/" + order[0], order[1], null)
                    .body()
                    .contains("PAYMENT_PENDING")) {
                waited++;
            }
        }
        assertThat(waited).as("orders whose payment waited for the gateway").isPositive();
        assertThat(GATEWAY.maxInFlight.get()).isBetween(1, 3);
        assertThat(GATEWAY.charges()).isEqualTo(30);
    }

    private static FakeGateway startGateway() {
        try {
            return new FakeGateway();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
