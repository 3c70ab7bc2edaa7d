package baedal.account.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The throttle's buckets on the database, as two instances sharing it see them: a failure counted through one
 * instance counts for the other, and failures arriving at once through both are all counted (the row lock
 * serialises them), so the limit holds across a cluster.
 */
class SignInLimitsJdbcAdapterTests {

    private JdbcDataSource database;

    @BeforeEach
    void database() throws Exception {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:limits-" + UUID.randomUUID() + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        try (var connection = database.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA account");
            statement.execute(Files.readString(Path.of("db/migration/account/V3__sign_in_limits.sql")));
        }
    }

    @Test
    void aFailureCountedByOneInstanceCountsForTheOther() {
        var first = instance();
        var second = instance();

        for (int i = 0; i < 4; i++) {
            (i % 2 == 0 ? first : second).failed("kim", "192.0.2.10");
        }
        assertThat(second.waitBefore("kim", "192.0.2.10")).isZero();

        first.failed("kim", "192.0.2.10");

        assertThat(second.waitBefore("kim", "192.0.2.10")).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(first.waitBefore("KIM", "192.0.2.99"))
                .as("usernames alike in any case")
                .isPositive();
        assertThat(first.waitBefore("lee", "192.0.2.99")).isZero();
    }

    @Test
    void failuresAtOnceThroughBothInstancesAreAllCounted() throws Exception {
        var first = instance(40);
        var second = instance(40);
        try (var threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 39; i++) {
                var through = i % 2 == 0 ? first : second;
                var address = "198.51.100." + i;
                threads.submit(() -> through.failed("park", address));
            }
        }
        // 39 of the 40 allowed: had one been lost, two would be left
        assertThat(first.waitBefore("park", "203.0.113.1")).isZero();
        second.failed("park", "203.0.113.2");
        assertThat(first.waitBefore("park", "203.0.113.1")).isPositive();
    }

    @Test
    void countsThatRanOutAreForgottenAndOthersKept() throws Exception {
        var quick = new SignInLimitsJdbcAdapter(database, 1, 50, Duration.ofMillis(200));
        quick.failed("choi", "192.0.2.20");
        var slow = instance();
        slow.failed("han", "192.0.2.21");

        Thread.sleep(400);

        assertThat(quick.forgetRefilled())
                .as("choi's and its address's counts have run out")
                .isEqualTo(2);
        assertThat(slow.forgetRefilled()).isZero();
        for (int i = 0; i < 4; i++) {
            slow.failed("han", "192.0.2.21");
        }
        assertThat(slow.waitBefore("han", "192.0.2.99"))
                .as("han's count was kept")
                .isPositive();
    }

    private SignInLimitsJdbcAdapter instance() {
        return instance(5);
    }

    private SignInLimitsJdbcAdapter instance(int failuresPerAccount) {
        return new SignInLimitsJdbcAdapter(database, failuresPerAccount, 50, Duration.ofMinutes(1));
    }
}
