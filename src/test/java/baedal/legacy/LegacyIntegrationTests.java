package baedal.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import baedal.order.api.OrderQueries;
import baedal.order.api.OrderView;
import baedal.order.events.OrderAccepted;
import baedal.order.events.OrderPaid;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The legacy sync on its own, with the order module's query port stubbed: every order event copies the order's
 * current state into the legacy database, and an older state never overwrites a newer one.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(
        properties = {
            "baedal.legacy.enabled=true",
            "baedal.legacy.url=" + LegacyIntegrationTests.LEGACY_URL,
            "baedal.legacy.create-schema=true"
        })
class LegacyIntegrationTests {

    static final String LEGACY_URL = "jdbc:h2:mem:legacy-module-test;MODE=MSSQLServer;DB_CLOSE_DELAY=-1";

    @MockitoBean
    OrderQueries orders;

    @Test
    void anOrderEventCopiesTheOrdersCurrentStateIntoTheLegacyDatabase(Scenario scenario) {
        var order = UUID.randomUUID();
        given(orders.findOrder(order)).willReturn(Optional.of(view(order, "PAID", 2)));

        scenario.publish(new OrderPaid(UUID.randomUUID(), order, UUID.randomUUID(), false, 2, Instant.now()))
                .andWaitForStateChange(() -> mirrored(order), status -> status != null)
                .andVerify(status -> assertThat(status).isEqualTo("PAID"));
    }

    @Test
    void anOlderStateDoesNotOverwriteANewerOne(Scenario scenario) {
        var order = UUID.randomUUID();
        given(orders.findOrder(order)).willReturn(Optional.of(view(order, "ACCEPTED", 3)));
        scenario.publish(new OrderAccepted(UUID.randomUUID(), order, UUID.randomUUID(), 3, Instant.now()))
                .andWaitForStateChange(() -> mirrored(order), "ACCEPTED"::equals)
                .andVerify(status -> assertThat(status).isEqualTo("ACCEPTED"));

        // a late, re-published event whose read of the order returns an older state
        given(orders.findOrder(order)).willReturn(Optional.of(view(order, "PAID", 2)));
        scenario.publish(new OrderPaid(UUID.randomUUID(), order, UUID.randomUUID(), false, 2, Instant.now()))
                .andWaitForStateChange(() -> mirroredVersion(order), version -> version >= 3)
                .andVerify(version -> assertThat(mirrored(order)).isEqualTo("ACCEPTED"));
    }

    private static OrderView view(UUID order, String status, long version) {
        return new OrderView(
                order,
                UUID.randomUUID(),
                UUID.randomUUID(),
                status,
                20_000,
                0,
                null,
                0,
                20_000,
                version,
                "B2612040001",
                "Olympic-ro 240",
                37.5140,
                127.1010);
    }

    private static @Nullable String mirrored(UUID order) {
        return query("SELECT ORDER_STATUS FROM ORDER_MIRROR WHERE ORDER_NO = ?", order);
    }

    private static long mirroredVersion(UUID order) {
        var version = query("SELECT ORDER_VER FROM ORDER_MIRROR WHERE ORDER_NO = ?", order);
        return version == null ? -1 : Long.parseLong(version);
    }

    private static @Nullable String query(String sql, UUID order) {
        try (var connection = DriverManager.getConnection(LEGACY_URL, "sa", "");
                var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, order);
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException notThereYet) {
            return null;
        }
    }
}
