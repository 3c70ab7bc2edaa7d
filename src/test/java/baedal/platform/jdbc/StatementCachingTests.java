package baedal.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baedal.platform.jdbc.RoundTrips.Kind;
import baedal.platform.jdbc.RoundTrips.Source;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.h2.Driver;
import org.h2.engine.SysProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * A pooled connection keeps its prepared statements and runs them again without preparing them, against an H2 server
 * of its own JVM with the server's default settings (which keep 64 objects a session, letting go of older ones only
 * beyond 128): many statements and results on one connection never leave it holding a statement the server let go.
 */
class StatementCachingTests {

    @TempDir
    static Path files;

    private static Process server;
    private static int port;

    private final RoundTrips roundTrips = RoundTripCounting.roundTrips();
    private HikariDataSource pool;

    @BeforeAll
    static void startServer() throws Exception {
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var h2 = new File(
                Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(
                        java,
                        "-cp",
                        h2.getPath(),
                        "org.h2.tools.Server",
                        "-tcp",
                        "-tcpPort",
                        String.valueOf(port),
                        "-baseDir",
                        files.toString(),
                        "-ifNotExists")
                .redirectErrorStream(true)
                .redirectOutput(files.resolve("server.log").toFile())
                .start();
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try (var probe = new Socket("127.0.0.1", port)) {
                return;
            } catch (java.io.IOException notYet) {
                if (System.nanoTime() > deadline || !server.isAlive()) {
                    throw new IllegalStateException(
                            "H2 server did not start: " + Files.readString(files.resolve("server.log")));
                }
                Thread.sleep(100);
            }
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.destroy();
        server.waitFor(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void closePool() {
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void aStatementRunAgainOnAConnectionIsNotPreparedAgain() throws Exception {
        pool = pool(100);
        for (int i = 0; i < 5; i++) {
            try (var connection = pool.getConnection()) {
                assertThat(count(connection, "SELECT COUNT(*) FROM things")).isZero();
            }
        }

        assertThat(roundTrips.count(Source.REQUEST, Kind.FIRST_PREPARE)).isEqualTo(1);
        assertThat(roundTrips.count(Source.REQUEST, Kind.PREPARE)).isZero();
        assertThat(roundTrips.count(Source.REQUEST, Kind.EXECUTE)).isEqualTo(5);
    }

    @Test
    void withoutAStatementCacheEachRunIsPreparedAnew() throws Exception {
        pool = pool(0);
        for (int i = 0; i < 5; i++) {
            try (var connection = pool.getConnection()) {
                count(connection, "SELECT COUNT(*) FROM things");
            }
        }

        assertThat(roundTrips.count(Source.REQUEST, Kind.PREPARE)).isEqualTo(4);
    }

    /** A statement the server let go leaves the client waiting for an answer that never comes: hence the timeout. */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aConnectionFullOfStatementsAndResultsKeepsWorkingAgainstAServerWithDefaultSettings() throws Exception {
        assertThat(SysProperties.SERVER_CACHED_OBJECTS)
                .as("the client no longer prepares statements again on its own")
                .isEqualTo(100_000);
        pool = pool(StatementCaching.MOST_PER_CONNECTION);
        var most = StatementCaching.MOST_PER_CONNECTION;
        try (var connection = pool.getConnection()) {
            // as many statements as the connection keeps, each with its result, run again and again
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < most; i++) {
                    assertThat(count(connection, "SELECT COUNT(*) + " + i + " FROM things"))
                            .isEqualTo(i);
                }
            }
            // then more than it keeps, so that it lets the oldest go, and the first ones again
            for (int i = 0; i < 3 * most; i++) {
                assertThat(count(connection, "SELECT COUNT(*) - " + i + " FROM things"))
                        .isEqualTo(-i);
            }
            for (int i = 0; i < most; i++) {
                assertThat(count(connection, "SELECT COUNT(*) + " + i + " FROM things"))
                        .isEqualTo(i);
            }
            connection.commit();
        }

        assertThat(roundTrips.count(Source.REQUEST, Kind.EXECUTE)).isEqualTo(9L * most);
        assertThat(roundTrips.count(Source.REQUEST, Kind.FIRST_PREPARE))
                .as("each statement prepared on the connection once, until it was let go")
                .isEqualTo(4L * most);
    }

    @Test
    void keepsNoMoreStatementsThanAServerKeepsForOneSession() {
        var environment = new MockEnvironment().withProperty("baedal.jdbc.statements-per-connection", "101");

        assertThatThrownBy(() -> StatementCaching.statementCache(environment))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 100");
    }

    private HikariDataSource pool(int statements) throws SQLException {
        var url = "jdbc:h2:tcp://127.0.0.1:" + port + "/statements-" + statements;
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS things (id INT PRIMARY KEY)");
        }
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setPassword("");
        pool.setMaximumPoolSize(1);
        pool.setAutoCommit(false);
        var environment =
                new MockEnvironment().withProperty("baedal.jdbc.statements-per-connection", String.valueOf(statements));
        RoundTripCounting.countedDataSource(roundTrips, environment)
                .postProcessBeforeInitialization(pool, "dataSource");
        StatementCaching.statementCache(environment).postProcessBeforeInitialization(pool, "dataSource");
        return pool;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.prepareStatement(sql);
                var rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
