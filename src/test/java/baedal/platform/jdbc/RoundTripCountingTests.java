package baedal.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baedal.platform.jdbc.RoundTrips.Kind;
import baedal.platform.jdbc.RoundTrips.Source;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The counting proxy counts each kind of call to the database, and refuses a write outside a transaction. */
class RoundTripCountingTests {

    private final RoundTrips roundTrips = RoundTripCounting.roundTrips();
    private DataSource counted;

    @BeforeEach
    void database() throws Exception {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:round-trips-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (var connection = h2.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE things (id INT PRIMARY KEY)");
        }
        var environment = new MockEnvironment().withProperty("baedal.jdbc.writes-need-transactions", "true");
        counted = (DataSource) RoundTripCounting.countedDataSource(roundTrips, environment)
                .postProcessAfterInitialization(h2, "dataSource");
    }

    @Test
    void aTransactionIsCountedCallByCall() throws Exception {
        try (var connection = counted.getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("INSERT INTO things (id) VALUES (?)")) {
                insert.setInt(1, 1);
                insert.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
        }

        assertThat(roundTrips.count(Source.REQUEST, Kind.AUTO_COMMIT)).isEqualTo(2);
        assertThat(roundTrips.count(Source.REQUEST, Kind.FIRST_PREPARE)).isEqualTo(1);
        assertThat(roundTrips.count(Source.REQUEST, Kind.EXECUTE)).isEqualTo(1);
        assertThat(roundTrips.count(Source.REQUEST, Kind.COMMIT)).isEqualTo(1);
        assertThat(roundTrips.ofRequestsAndListeners())
                .as("all but the connection's first prepare of the statement")
                .isEqualTo(4);
        assertThat(roundTrips.statements()).containsEntry("INSERT INTO things (id) VALUES (?)", 1L);
    }

    @Test
    void aStatementPreparedAgainOnTheSameConnectionIsToldFromItsFirstPrepare() throws Exception {
        try (var connection = counted.getConnection()) {
            for (int i = 0; i < 3; i++) {
                try (var count = connection.prepareStatement("SELECT COUNT(*) FROM things");
                        var rows = count.executeQuery()) {
                    rows.next();
                }
            }
        }

        assertThat(roundTrips.count(Source.REQUEST, Kind.FIRST_PREPARE)).isEqualTo(1);
        assertThat(roundTrips.count(Source.REQUEST, Kind.PREPARE)).isEqualTo(2);
        assertThat(roundTrips.ofRequestsAndListeners()).isEqualTo(5);
    }

    @Test
    void aWriteOutsideATransactionIsRefusedBeforeItReachesTheDatabase() throws Exception {
        try (var connection = counted.getConnection();
                var insert = connection.prepareStatement("INSERT INTO things (id) VALUES (2)")) {
            assertThatThrownBy(insert::executeUpdate)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("outside a transaction");
        }
        try (var connection = counted.getConnection();
                var count = connection.prepareStatement("SELECT COUNT(*) FROM things");
                var rows = count.executeQuery()) {
            rows.next();
            assertThat(rows.getInt(1))
                    .as("reads need none, and nothing was written")
                    .isZero();
        }
    }
}
