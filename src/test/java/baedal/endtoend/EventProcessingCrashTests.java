package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import baedal.payment.adapter.out.gateway.FakeGateway;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kills the application (SIGKILL, in a JVM of its own) while it is charging a burst of orders at a payment gateway in
 * another process that remembers its idempotency keys, restarts it on the same database, and sees every interrupted
 * publication taken up again by the staleness check (nothing is republished blindly on start-up): every order paid,
 * charged under one key only, and no charge without a payment record.
 */
class EventProcessingCrashTests {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path directory;

    @Test
    void publicationsInterruptedByACrashCompleteAfterRestartWithNobodyChargedTwice() throws Exception {
        try (var gateway = new FakeGateway()) {
            crashWhileCharging(gateway);
        }
    }

    private void crashWhileCharging(FakeGateway gateway) throws Exception {
        var database = SeparateJvm.database(directory);
        var gatewayArguments = SeparateJvm.withFastTakeOver(
                "--baedal.payment.gateway=http", "--baedal.payment.http.base-url=http://127.0.0.1:" + gateway.port());
        var owner = SeparateJvm.token(UUID.randomUUID(), "OWNER");
        var admin = SeparateJvm.token(UUID.randomUUID(), "ADMIN");
        var customer = SeparateJvm.token(UUID.randomUUID(), "CUSTOMER");

        // a slow gateway keeps the charges in flight when the application dies: the gateway goes on and charges
        gateway.slowness = Duration.ofMillis(500);
        gateway.mode = FakeGateway.Mode.SLOW;
        var first = SeparateJvm.start(database, directory.resolve("first.log"), gatewayArguments);
        var shop = json(send(first, "POST", "/api/shops", owner, """
                        {"name":"Crash Chicken","category":"CHICKEN","address":"Olympic-ro 300","lat":37.5133,
                         "lng":127.1001,"deliveryRadiusMeters":3000,"minOrderAmount":10000,"deliveryFee":2000,
                         "openingHours":%s}""".formatted(OrderLifecycleEndToEndTests.ALL_DAY)))
                .get("id")
                .asString();
        var menu = json(send(first, "POST", "/api/shops/" + shop + "/menus", owner, """
                        {"name":"Fried Chicken","price":18000,"group":"Chicken"}"""))
                .get("id")
                .asString();
        send(first, "POST", "/api/shops/" + shop + "/open", owner, null);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> send(first, "GET", "/api/display/shops/" + shop, null, null)
                        .body()
                        .contains(menu));

        var body = ApiClient.orderRequest(new ApiClient.OpenShop(shop, menu));
        var placed = new ArrayList<Future<String>>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 40; i++) {
                placed.add(pool.submit(() -> {
                    var response = send(
                            first,
                            "POST",
                            "/api/orders",
                            customer,
                            body,
                            UUID.randomUUID().toString());
                    assertThat(response.statusCode()).isEqualTo(201);
                    return json(response).get("id").asString();
                }));
            }
        }
        var orders = new ArrayList<String>();
        for (var order : placed) {
            orders.add(order.get());
        }
        first.kill();

        try (var connection = DriverManager.getConnection(database, "sa", "");
                var statement = connection.createStatement();
                var result = statement.executeQuery(
                        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")) {
            result.next();
            assertThat(result.getLong(1))
                    .as("publications interrupted by the crash")
                    .isPositive();
        }

        var second = SeparateJvm.start(database, directory.resolve("second.log"), gatewayArguments);
        try {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        for (var order : orders) {
                            if (!json(send(second, "GET", "/api/orders/" + order, customer, null))
                                    .get("status")
                                    .asString()
                                    .equals("PAID")) {
                                return false;
                            }
                        }
                        return json(send(second, "GET", "/api/admin/events?status=incomplete", admin, null))
                                .isEmpty();
                    });
            for (var order : orders) {
                var history = json(send(second, "GET", "/api/orders/" + order, customer, null))
                        .get("history")
                        .valueStream()
                        .map(step -> step.get("status").asString())
                        .toList();
                // a charge the gateway's concurrency limit turned away waits as PAYMENT_PENDING and is retried
                assertThat(history)
                        .as(order)
                        .startsWith("PLACED")
                        .endsWith("PAID")
                        .containsOnlyOnce("PAID");
                var payment = json(send(second, "GET", "/api/payments?orderId=" + order, customer, null));
                assertThat(payment.get("status").asString()).isEqualTo("APPROVED");
                assertThat(gateway.keysByOrder().get(order))
                        .as("idempotency keys order %s was charged under", order)
                        .containsExactly(payment.get("id").asString());
            }
        } finally {
            second.stop();
        }
        assertThat(gateway.keysByOrder()).hasSize(orders.size());
        var paymentIds = new HashSet<String>();
        try (var connection = DriverManager.getConnection(database, "sa", "");
                var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT id FROM payment.payments")) {
            while (result.next()) {
                paymentIds.add(result.getString(1).toLowerCase());
            }
        }
        var chargedKeys = new HashSet<String>();
        gateway.keysByOrder().values().forEach(chargedKeys::addAll);
        assertThat(paymentIds).as("a payment record for every charge").containsAll(chargedKeys);
    }

    private HttpResponse<String> send(SeparateJvm instance, String method, String path, String token, String body)
            throws Exception {
        return send(instance, method, path, token, body, null);
    }

    private HttpResponse<String> send(
            SeparateJvm instance, String method, String path, String token, String body, String idempotencyKey)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port() + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
