package baedal.settlement.adapter.out.persistence;

import baedal.settlement.domain.Payout;
import baedal.settlement.domain.Payouts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Payouts in {@code settlement.payouts}, one row per shop and business day. */
@SecondaryAdapter
@Component
class PayoutJdbcAdapter implements Payouts {

    private static final String COLUMNS =
            "shop_id, business_date, amount, status, idempotency_key, reference, requested_at, paid_at";

    private final JdbcClient jdbc;

    PayoutJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Payout recordOnce(Payout payout) {
        try {
            jdbc.sql("INSERT INTO settlement.payouts (" + COLUMNS
                            + ") VALUES (:shop, :date, :amount, :status, :key, NULL, :at, NULL)")
                    .param("shop", payout.shopId())
                    .param("date", payout.businessDate())
                    .param("amount", payout.amount())
                    .param("status", payout.status().name())
                    .param("key", payout.idempotencyKey())
                    .param("at", payout.requestedAt())
                    .update();
            return payout;
        } catch (DuplicateKeyException recordedBefore) {
            return jdbc.sql("SELECT " + COLUMNS
                            + " FROM settlement.payouts WHERE shop_id = :shop AND business_date = :date")
                    .param("shop", payout.shopId())
                    .param("date", payout.businessDate())
                    .query(PayoutJdbcAdapter::map)
                    .single();
        }
    }

    @Override
    public void markPaid(UUID shopId, LocalDate businessDate, String reference, Instant at) {
        jdbc.sql("UPDATE settlement.payouts SET status = 'PAID', reference = :reference, paid_at = :at"
                        + " WHERE shop_id = :shop AND business_date = :date AND status = 'PENDING'")
                .param("reference", reference)
                .param("at", at)
                .param("shop", shopId)
                .param("date", businessDate)
                .update();
    }

    @Override
    public List<Payout> of(UUID shopId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM settlement.payouts WHERE shop_id = :shop"
                        + " AND business_date BETWEEN :from AND :to ORDER BY business_date")
                .param("shop", shopId)
                .param("from", from)
                .param("to", to)
                .query(PayoutJdbcAdapter::map)
                .list();
    }

    @Override
    public List<Payout> pending(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM settlement.payouts WHERE status = 'PENDING'"
                        + " ORDER BY requested_at OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY")
                .param("limit", limit)
                .query(PayoutJdbcAdapter::map)
                .list();
    }

    private static Payout map(ResultSet rs, int row) throws SQLException {
        var paid = rs.getTimestamp("paid_at");
        return new Payout(
                rs.getObject("shop_id", UUID.class),
                rs.getObject("business_date", LocalDate.class),
                rs.getLong("amount"),
                Payout.Status.valueOf(rs.getString("status")),
                rs.getObject("idempotency_key", UUID.class),
                rs.getString("reference"),
                rs.getTimestamp("requested_at").toInstant(),
                paid == null ? null : paid.toInstant());
    }
}
