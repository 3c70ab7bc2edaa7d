package baedal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kills the application (SIGKILL, in a JVM of its own) in the middle of a flash sale and restarts it on the same
 * database: every coupon that was answered 201 before the kill is still there, and the campaign still ends with
 * exactly its quantity.
 */
class FlashSaleCrashRecoveryTests {

    private static final String SECRET = "crash-test-signing-key-" + UUID.randomUUID();
    private static final int QUANTITY = 400;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path directory;

    @Test
    void noAnsweredCouponIsLostWhenTheApplicationIsKilledMidSale() throws Exception {
        var database = "jdbc:h2:file:" + directory.resolve("baedal").toAbsolutePath()
                + ";MODE=MSSQLServer;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        var admin = token(UUID.randomUUID(), "ADMIN");

        var first = Instance.start(database, directory.resolve("first.log"));
        var campaign = createCampaign(first, admin);
        var answered = new ConcurrentHashMap<UUID, UUID>(); // customer -> coupon answered 201
        var claims = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < 32; i++) {
                pool.submit(() -> {
                    while (first.process.isAlive()) {
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
            first.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(answered.size()).isLessThan(QUANTITY);

        var second = Instance.start(database, directory.resolve("second.log"));
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
            second.process.destroy();
            second.process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private UUID createCampaign(Instance instance, String admin) throws Exception {
        var body = """
                {"name":"Chicken 7000","discountAmount":7000,"minOrderAmount":15000,"totalQuantity":%d,
                 "validFrom":"%s","validUntil":"%s"}""".formatted(
                        QUANTITY, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)));
        var response = send(instance, "POST", "/api/coupon-campaigns", admin, body);
        assertThat(response.statusCode()).isEqualTo(201);
        return UUID.fromString(json.readTree(response.body()).get("id").asString());
    }

    private HttpResponse<String> claim(Instance instance, UUID campaign, UUID customer) throws Exception {
        return send(instance, "POST", "/api/coupon-campaigns/" + campaign + "/issue", token(customer, "CUSTOMER"));
    }

    private HttpResponse<String> send(Instance instance, String method, String path, String token) throws Exception {
        return send(instance, method, path, token, null);
    }

    private HttpResponse<String> send(Instance instance, String method, String path, String token, String body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port + path))
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
        var now = Instant.now();
        var claims = JwtClaimsSet.builder()
                .issuer("baedal")
                .subject(user.toString())
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(1)))
                .claim("preferred_username", "crash-" + role.toLowerCase())
                .claim("roles", List.of(role))
                .build();
        var key = new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        return new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    /** The application in a JVM of its own, on the test's class path. */
    private record Instance(Process process, int port) {

        static Instance start(String database, Path log) throws Exception {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var command = new ArrayList<>(List.of(
                    java,
                    "-Xmx512m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    BaedalApplication.class.getName(),
                    "--spring.profiles.active=test",
                    "--spring.datasource.url=" + database,
                    "--server.port=" + port,
                    "--baedal.security.jwt.secret=" + SECRET));
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            var instance = new Instance(process, port);
            var client = HttpClient.newHttpClient();
            var deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application exited:\n" + Files.readString(log));
                }
                try {
                    var health = client.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200) {
                        return instance;
                    }
                } catch (java.io.IOException notYet) {
                    // still starting
                }
                Thread.sleep(200);
            }
            process.destroyForcibly();
            throw new IllegalStateException("the application did not start:\n" + Files.readString(log));
        }
    }
}
