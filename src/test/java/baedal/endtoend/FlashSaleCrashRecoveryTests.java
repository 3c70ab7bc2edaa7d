package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kills the application (SIGKILL, in a JVM of its own) in the middle of a flash sale and restarts it on the same
 * database: every coupon that was answered 201 before the kill is still there, and the campaign still ends with
 * exactly its quantity.
 */
class FlashSaleCrashRecoveryTests {

    private static final int QUANTITY = 400;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path directory;

    @Test
    void noAnsweredCouponIsLostWhenTheApplicationIsKilledMidSale() throws Exception {
        var database = SeparateJvm.database(directory);
        var admin = token(UUID.randomUUID(), "ADMIN");

        var first = SeparateJvm.start(database, directory.resolve("first.log"));
        var campaign = createCampaign(first, admin);
        var answered = new ConcurrentHashMap<UUID, UUID>(); // customer -> coupon answered 201
        var claims = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < 32; i++) {
                pool.submit(() -> {
                    while (first.process().isAlive()) {
                        var customer = UUID.randomUUID();
                        claims.incrementAndGet();
                        try {
                            var response = claim(first, campaign, customer);
                            if (response.statusCode() == 201) {
                                answered.put(
                                        customer,
                                        UUID.fromString(json.readTree(response.body())
                                                .get("id")
                                                .asString()));
                            }
                        } catch (Exception connectionLost) {
                            return;
                        }
                    }
                });
            }
            while (answered.size() < 150) {
                Thread.sleep(5);
            }
            first.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(answered.size()).isLessThan(QUANTITY);

        var second = SeparateJvm.start(database, directory.resolve("second.log"));
        try {
            for (var entry : answered.entrySet()) {
                var mine = send(second, "GET", "/api/me/coupons", token(entry.getKey(), "CUSTOMER"));
                assertThat(mine.statusCode()).isEqualTo(200);
                assertThat(mine.body())
                        .as("coupon answered before the crash")
                        .contains(entry.getValue().toString());
            }

            var soldOut = false;
            while (!soldOut) {
                var response = claim(second, campaign, UUID.randomUUID());
                assertThat(response.statusCode()).isIn(201, 409);
                soldOut = response.statusCode() == 409;
            }
            var tally = json.readTree(send(second, "GET", "/api/admin/coupon-campaigns/" + campaign + "/tally", admin)
                    .body());
            assertThat(tally.get("issued").asLong()).isEqualTo(QUANTITY);
            assertThat(tally.get("customers").asLong()).isEqualTo(QUANTITY);
            assertThat(tally.get("overLimit").asLong()).isZero();
        } finally {
            second.process().destroy();
            second.process().waitFor(20, TimeUnit.SECONDS);
        }
    }

    private UUID createCampaign(SeparateJvm instance, String admin) throws Exception {
        var body = """
                {"name":"Chicken 7000","discountAmount":7000,"minOrderAmount":15000,"totalQuantity":%d,
                 "validFrom":"%s","validUntil":"%s"}""".formatted(
                        QUANTITY, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)));
        var response = send(instance, "POST", "/api/coupon-campaigns", admin, body);
        assertThat(response.statusCode()).isEqualTo(201);
        return UUID.fromString(json.readTree(response.body()).get("id").asString());
    }

    private HttpResponse<String> claim(SeparateJvm instance, UUID campaign, UUID customer) throws Exception {
        return send(instance, "POST", "/api/coupon-campaigns/" + campaign + "/issue", token(customer, "CUSTOMER"));
    }

    private HttpResponse<String> send(SeparateJvm instance, String method, String path, String token) throws Exception {
        return send(instance, method, path, token, null);
    }

    private HttpResponse<String> send(SeparateJvm instance, String method, String path, String token, String body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port() + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String token(UUID user, String role) {
        return SeparateJvm.token(user, role);
    }
}
