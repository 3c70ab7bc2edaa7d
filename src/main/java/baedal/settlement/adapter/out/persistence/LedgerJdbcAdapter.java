package baedal.settlement.adapter.out.persistence;

import baedal.settlement.domain.CapturedPayment;
import baedal.settlement.domain.DailyStatement;
import baedal.settlement.domain.Ledger;
import baedal.settlement.domain.LedgerEntry;
import baedal.settlement.domain.Reconciliation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ledgers and captured payments in the {@code settlement} schema, with plain JDBC. */
@SecondaryAdapter
@Component
class LedgerJdbcAdapter implements Ledger {

    private final JdbcClient jdbc;
    private final Clock clock;

    LedgerJdbcAdapter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Adds the entries of one cause, once: the first goes in only if no entry of its cause and kind is there yet (a
     * replayed event), in the same statement ({@code OrderRoundTripBudgetTests}); the others follow it.
     */
    @Override
    public void add(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var now = Instant.now(clock);
        var first = entries.getFirst();
        var added = insert(first, now, """
                SELECT :id, :shop, :date, :kind, :amount, :order, :paid, :cause, :at
                WHERE NOT EXISTS (SELECT 1 FROM settlement.entries WHERE cause_event_id = :cause AND kind = :kind)""");
        if (added == 0) {
            return; // a replayed event
        }
        for (var entry : entries.subList(1, entries.size())) {
            insert(entry, now, "VALUES (:id, :shop, :date, :kind, :amount, :order, :paid, :cause, :at)");
        }
    }

    private int insert(LedgerEntry entry, Instant now, String values) {
        return jdbc.sql("INSERT INTO settlement.entries"
                        + " (id, shop_id, business_date, kind, amount, order_id, paid, cause_event_id, created_at) "
                        + values)
                .param("id", UUID.randomUUID())
                .param("shop", entry.shopId())
                .param("date", entry.businessDate())
                .param("kind", entry.kind().name())
                .param("amount", entry.amount())
                .param("order", entry.orderId())
                .param("paid", entry.paid())
                .param("cause", entry.causeEventId())
                .param("at", now)
                .update();
    }

    @Override
    public List<DailyStatement> statements(UUID shopId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT e.business_date,
                            SUM(CASE WHEN e.kind = 'SALE' THEN e.amount ELSE 0 END),
                            SUM(CASE WHEN e.kind = 'COMMISSION' THEN e.amount ELSE 0 END),
                            SUM(CASE WHEN e.kind = 'SHOP_DISCOUNT' THEN e.amount ELSE 0 END),
                            SUM(CASE WHEN e.kind = 'AD_FEE' THEN e.amount ELSE 0 END),
                            SUM(CASE WHEN e.kind = 'SALE' THEN 1 ELSE 0 END),
                            MAX(CASE WHEN c.shop_id IS NULL THEN 0 ELSE 1 END)
                        FROM settlement.entries e
                        LEFT JOIN settlement.closed_days c ON c.shop_id = e.shop_id AND c.business_date = e.business_date
                        WHERE e.shop_id = :shop AND e.business_date BETWEEN :from AND :to
                        GROUP BY e.business_date ORDER BY e.business_date""")
                .param("shop", shopId)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new DailyStatement(
                        shopId,
                        rs.getObject(1, LocalDate.class),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getInt(7) == 1))
                .list();
    }

    @Override
    public void captured(UUID orderId, UUID shopId, long amount, LocalDate on) {
        try {
            jdbc.sql("""
                            INSERT INTO settlement.payments (order_id, shop_id, captured, refunded, captured_on)
                            VALUES (:order, :shop, :amount, 0, :on)""")
                    .param("order", orderId)
                    .param("shop", shopId)
                    .param("amount", amount)
                    .param("on", on)
                    .update();
        } catch (DuplicateKeyException recordedAlready) {
            // a replayed PaymentApproved
        }
    }

    @Override
    public void refunded(UUID orderId, long total) {
        jdbc.sql("UPDATE settlement.payments SET refunded = :total WHERE order_id = :order AND refunded < :total")
                .param("order", orderId)
                .param("total", total)
                .update();
    }

    @Override
    public Optional<LocalDate> lastClosed(UUID shopId) {
        return jdbc.sql("SELECT MAX(business_date) FROM settlement.closed_days WHERE shop_id = :shop")
                .param("shop", shopId)
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single();
    }

    @Override
    public List<DailyStatement> close(LocalDate date) {
        var open = jdbc.sql("""
                        SELECT DISTINCT e.shop_id FROM settlement.entries e
                        WHERE e.business_date = :date AND NOT EXISTS (
                            SELECT 1 FROM settlement.closed_days c WHERE c.shop_id = e.shop_id AND c.business_date = :date)""").param("date", date).query(UUID.class).list();
        var closed = new java.util.ArrayList<DailyStatement>();
        for (var shop : open) {
            var statement = statements(shop, date, date).getFirst();
            try {
                jdbc.sql("""
                                INSERT INTO settlement.closed_days (shop_id, business_date, payout, closed_at)
                                VALUES (:shop, :date, :payout, :at)""")
                        .param("shop", shop)
                        .param("date", date)
                        .param("payout", statement.payout())
                        .param("at", Instant.now(clock))
                        .update();
                closed.add(new DailyStatement(
                        shop,
                        date,
                        statement.sales(),
                        statement.commission(),
                        statement.shopDiscounts(),
                        statement.adFees(),
                        statement.orders(),
                        true));
            } catch (DuplicateKeyException closedConcurrently) {
                // another instance closed it
            }
        }
        return closed;
    }

    @Override
    public Reconciliation reconcile(LocalDate from, LocalDate to) {
        // finished: delivered (a sale booked) or refunded in full; an order refunded in part is still under way
        record Row(UUID orderId, long captured, long refunded, Long paid) {}
        var rows = jdbc.sql("""
                        SELECT p.order_id, p.captured, p.refunded, s.paid FROM settlement.payments p
                        LEFT JOIN settlement.entries s ON s.order_id = p.order_id AND s.kind = 'SALE'
                        WHERE p.captured_on BETWEEN :from AND :to AND (p.refunded = p.captured OR s.paid IS NOT NULL)""")
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new Row(
                        rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4, Long.class)))
                .list();
        long captured = 0;
        long refunded = 0;
        long settled = 0;
        var mismatched = new java.util.ArrayList<UUID>();
        for (var row : rows) {
            captured += row.captured();
            refunded += row.refunded();
            var paid = row.paid() == null ? 0 : row.paid();
            settled += paid;
            if (row.captured() - row.refunded() != paid) {
                mismatched.add(row.orderId());
            }
        }
        return new Reconciliation(from, to, captured, refunded, settled, List.copyOf(mismatched));
    }

    @Override
    public List<CapturedPayment> payments(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT order_id, captured, refunded, captured_on FROM settlement.payments"
                        + " WHERE captured_on BETWEEN :from AND :to ORDER BY order_id")
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new CapturedPayment(
                        rs.getObject("order_id", UUID.class),
                        rs.getLong("captured"),
                        rs.getLong("refunded"),
                        rs.getObject("captured_on", LocalDate.class)))
                .list();
    }
}
