package baedal.coupon.adapter.out.persistence;

import baedal.coupon.domain.PointEntry;
import baedal.coupon.domain.PointEntry.Kind;
import baedal.coupon.domain.PointLedger;
import baedal.coupon.events.PointsEarned;
import baedal.coupon.events.PointsRestored;
import baedal.coupon.events.PointsUsed;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Point ledgers in the {@code coupon} schema: an entry per change and a balance per customer, changed in the caller's
 * transaction. Spending is a conditional update ({@code balance >= amount}), and the balance column has a check that
 * it never goes negative; the unique key (order, kind) makes every entry happen once.
 */
@SecondaryAdapter
@Component
class PointLedgerJdbcAdapter implements PointLedger {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PointLedgerJdbcAdapter(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public long balance(UUID customerId) {
        return jdbc.sql("SELECT balance FROM coupon.point_balances WHERE customer_id = :customer")
                .param("customer", customerId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    @Override
    public List<PointEntry> entries(UUID customerId, int limit) {
        return jdbc.sql("""
                        SELECT customer_id, order_id, kind, amount, cause_event_id, created_at
                        FROM coupon.point_entries WHERE customer_id = :customer
                        ORDER BY created_at DESC OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY""")
                .param("customer", customerId)
                .param("limit", limit)
                .query((rs, row) -> new PointEntry(
                        rs.getObject("customer_id", UUID.class),
                        rs.getObject("order_id", UUID.class),
                        Kind.valueOf(rs.getString("kind")),
                        rs.getLong("amount"),
                        rs.getObject("cause_event_id", UUID.class),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Override
    public boolean spend(UUID customerId, UUID orderId, long amount, UUID causeEventId) {
        if (entry(orderId, Kind.SPENT).isPresent()) {
            return true;
        }
        var spent = jdbc.sql("""
                        UPDATE coupon.point_balances SET balance = balance - :amount
                        WHERE customer_id = :customer AND balance >= :amount""")
                .param("amount", amount)
                .param("customer", customerId)
                .update();
        if (spent == 0) {
            return false;
        }
        var now = record(customerId, orderId, Kind.SPENT, -amount, causeEventId);
        events.publishEvent(new PointsUsed(UUID.randomUUID(), customerId, orderId, amount, 1, now));
        return true;
    }

    @Override
    public void restore(UUID customerId, UUID orderId, UUID causeEventId) {
        var spent = entry(orderId, Kind.SPENT);
        if (spent.isEmpty() || entry(orderId, Kind.RESTORED).isPresent()) {
            return;
        }
        var amount = -spent.get();
        credit(customerId, amount);
        var now = record(customerId, orderId, Kind.RESTORED, amount, causeEventId);
        events.publishEvent(new PointsRestored(UUID.randomUUID(), customerId, orderId, amount, 1, now));
    }

    @Override
    public void earn(UUID customerId, UUID orderId, long amount, UUID causeEventId) {
        if (amount <= 0) {
            return;
        }
        Instant now;
        try {
            now = record(customerId, orderId, Kind.EARNED, amount, causeEventId);
        } catch (DuplicateKeyException earnedBefore) {
            return; // a replayed event: the ledger holds one earning per order
        }
        credit(customerId, amount);
        events.publishEvent(new PointsEarned(UUID.randomUUID(), customerId, orderId, amount, 1, now));
    }

    private void credit(UUID customerId, long amount) {
        var updated = jdbc.sql(
                        "UPDATE coupon.point_balances SET balance = balance + :amount WHERE customer_id = :customer")
                .param("amount", amount)
                .param("customer", customerId)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO coupon.point_balances (customer_id, balance) VALUES (:customer, :amount)")
                        .param("customer", customerId)
                        .param("amount", amount)
                        .update();
            } catch (DuplicateKeyException createdConcurrently) {
                credit(customerId, amount);
            }
        }
    }

    private Optional<Long> entry(UUID orderId, Kind kind) {
        return jdbc.sql("SELECT amount FROM coupon.point_entries WHERE order_id = :order AND kind = :kind")
                .param("order", orderId)
                .param("kind", kind.name())
                .query(Long.class)
                .optional();
    }

    private Instant record(UUID customerId, UUID orderId, Kind kind, long amount, UUID causeEventId) {
        var now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        INSERT INTO coupon.point_entries (id, customer_id, order_id, kind, amount, cause_event_id, created_at)
                        VALUES (:id, :customer, :order, :kind, :amount, :cause, :at)""")
                .param("id", UUID.randomUUID())
                .param("customer", customerId)
                .param("order", orderId)
                .param("kind", kind.name())
                .param("amount", amount)
                .param("cause", causeEventId)
                .param("at", now)
                .update();
        return now;
    }
}
