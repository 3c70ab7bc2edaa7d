package baedal.payment.adapter.out.persistence;

import baedal.kernel.Money;
import baedal.payment.domain.Payment;
import baedal.payment.domain.PaymentId;
import baedal.payment.domain.PaymentStatus;
import baedal.payment.domain.Payments;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores payments in {@code payment.payments} (one per order, enforced by a unique key) with plain JDBC and
 * optimistic locking, their refunds in {@code payment.refunds}, and publishes the events each payment recorded.
 */
@SecondaryAdapter
@Component
class PaymentJdbcAdapter implements Payments {

    private static final String COLUMNS =
            "id, order_id, amount, refunded, status, gateway_transaction_id, failure_reason, attempts, requested_at, version";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PaymentJdbcAdapter(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Optional<Payment> findByOrder(UUID orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment.payments WHERE order_id = :order")
                .param("order", orderId)
                .query(PaymentJdbcAdapter::payment)
                .optional();
    }

    @Override
    public Optional<Payment> lockByOrder(UUID orderId) {
        // a write to the row holds its lock until the transaction ends, on H2 and SQL Server alike
        jdbc.sql("UPDATE payment.payments SET version = version WHERE order_id = :order")
                .param("order", orderId)
                .update();
        return findByOrder(orderId);
    }

    @Override
    public boolean refundRecorded(PaymentId paymentId, String key) {
        return jdbc.sql("SELECT COUNT(*) FROM payment.refunds WHERE refund_key = :key AND payment_id = :payment")
                        .param("key", key)
                        .param("payment", paymentId.id())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Override
    public List<Payment> findAwaitingCharge(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment.payments WHERE status = :status"
                        + " ORDER BY requested_at OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY")
                .param("status", PaymentStatus.PENDING.name())
                .param("limit", limit)
                .query(PaymentJdbcAdapter::payment)
                .list();
    }

    @Override
    public Payment save(Payment payment) {
        var id = payment.getId().id();
        if (payment.version() == 0) {
            jdbc.sql("INSERT INTO payment.payments (" + COLUMNS + ") VALUES (:id, :order, :amount, :refunded, :status,"
                            + " :transaction, :reason, :attempts, :requested, 1)")
                    .param("id", id)
                    .param("order", payment.orderId())
                    .param("amount", payment.amount().won())
                    .param("refunded", payment.refunded().won())
                    .param("status", payment.status().name())
                    .param("transaction", payment.gatewayTransactionId())
                    .param("reason", payment.failureReason())
                    .param("attempts", payment.attempts())
                    .param("requested", payment.requestedAt())
                    .update();
        } else {
            var updated = jdbc.sql("""
                            UPDATE payment.payments SET status = :status, refunded = :refunded,
                                gateway_transaction_id = :transaction, failure_reason = :reason, attempts = :attempts,
                                version = version + 1
                            WHERE id = :id AND version = :version""")
                    .param("status", payment.status().name())
                    .param("refunded", payment.refunded().won())
                    .param("transaction", payment.gatewayTransactionId())
                    .param("reason", payment.failureReason())
                    .param("attempts", payment.attempts())
                    .param("id", id)
                    .param("version", payment.version())
                    .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("payment " + id + " changed concurrently");
            }
        }
        for (var refund : payment.releaseRefunds()) {
            jdbc.sql("""
                            INSERT INTO payment.refunds (refund_key, payment_id, amount, refunded_at)
                            VALUES (:key, :payment, :amount, :at)""")
                    .param("key", refund.key())
                    .param("payment", id)
                    .param("amount", refund.amount().won())
                    .param("at", refund.at())
                    .update();
        }
        payment.releaseEvents().forEach(events::publishEvent);
        return Payment.restore(
                payment.getId(),
                payment.orderId(),
                payment.amount(),
                payment.refunded(),
                payment.status(),
                payment.gatewayTransactionId(),
                payment.failureReason(),
                payment.attempts(),
                payment.requestedAt(),
                payment.version() + 1);
    }

    private static Payment payment(ResultSet rs, int row) throws SQLException {
        return Payment.restore(
                new PaymentId(rs.getObject("id", UUID.class)),
                rs.getObject("order_id", UUID.class),
                Money.won(rs.getLong("amount")),
                Money.won(rs.getLong("refunded")),
                PaymentStatus.valueOf(rs.getString("status")),
                rs.getString("gateway_transaction_id"),
                rs.getString("failure_reason"),
                rs.getInt("attempts"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getLong("version"));
    }
}
