package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import baedal.testing.ExpectedFailures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.UUID;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The legacy database is a real server (H2 over TCP, in SQL Server mode) that is down when orders are placed: ordering
 * is unaffected, and once the server is up every order is mirrored, once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class LegacySyncEndToEndTests {

    static final int LEGACY_PORT = FreePort.next();
    static final Path LEGACY_DIR = directory();
    static final String LEGACY_URL = "jdbc:h2:tcp://localhost:" + LEGACY_PORT + "/legacy;MODE=MSSQLServer";
    static Server legacy;

    @DynamicPropertySource
    static void legacyDatabase(DynamicPropertyRegistry properties) {
        properties.add("baedal.legacy.enabled", () -> "true");
        properties.add("baedal.legacy.url", () -> LEGACY_URL);
        properties.add("baedal.outbox.resubmit-failed-after", () -> "PT1S");
        properties.add("baedal.outbox.resubmit-interval", () -> "PT1S");
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stopLegacy() throws Exception {
        legacyDown.close();
        if (legacy != null) {
            legacy.stop();
        }
    }

    static AutoCloseable legacyDown;

    @BeforeAll
    static void legacyIsDownAtFirst() {
        legacyDown = ExpectedFailures.expect(SQLTransientConnectionException.class, "the legacy database is down");
    }

    @Test
    void withTheLegacyDatabaseDownOrderingGoesOnAndEveryOrderIsMirroredOnceItIsBack() throws Exception {
        var api = new ApiClient(port);
        var customer = api.token("customer2");
        var owner = api.token("owner2");
        var opened = api.openShop(owner, "Legacy Chicken", 10000);
        var first = api.placeOrder(customer, opened);
        var second = api.placeOrder(customer, opened);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.status(first, customer).equals("PAID")
                        && api.status(second, customer).equals("PAID"));

        // the legacy listener failed (its events wait in the outbox) while ordering went on
        var admin = api.token("admin");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> api.json(api.send("GET", "/api/admin/events?status=incomplete", admin, null))
                                .valueStream()
                                .filter(p -> p.get("listenerId").asString().contains("legacy")
                                        && p.get("status").asString().equals("FAILED"))
                                .count()
                        >= 4);
        assertThat(mirrored(first)).isNull();

        legacy = Server.createTcpServer(
                        "-tcpPort", String.valueOf(LEGACY_PORT), "-ifNotExists", "-baseDir", LEGACY_DIR.toString())
                .start();
        await().atMost(Duration.ofSeconds(40))
                .until(() -> "PAID".equals(mirrored(first)) && "PAID".equals(mirrored(second)));

        var third = api.placeOrder(customer, opened);
        await().atMost(Duration.ofSeconds(10)).until(() -> "PAID".equals(mirrored(third)));
        try (var connection = DriverManager.getConnection(LEGACY_URL, "sa", "");
                var statement =
                        connection.prepareStatement("SELECT COUNT(*) FROM ORDER_MIRROR WHERE ORDER_NO IN (?, ?, ?)")) {
            statement.setObject(1, UUID.fromString(first));
            statement.setObject(2, UUID.fromString(second));
            statement.setObject(3, UUID.fromString(third));
            try (var result = statement.executeQuery()) {
                result.next();
                assertThat(result.getInt(1)).isEqualTo(3);
            }
        }
    }

    private static String mirrored(String order) {
        try (var connection = DriverManager.getConnection(LEGACY_URL, "sa", "");
                var statement =
                        connection.prepareStatement("SELECT ORDER_STATUS FROM ORDER_MIRROR WHERE ORDER_NO = ?")) {
            statement.setObject(1, UUID.fromString(order));
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (Exception notThereYet) {
            return null;
        }
    }

    private static Path directory() {
        try {
            return Files.createTempDirectory("baedal-legacy");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
