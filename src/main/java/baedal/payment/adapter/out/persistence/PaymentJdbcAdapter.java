package baedal.payment.adapter.out.persistence;

import baedal.payment.domain.Payment;
import baedal.payment.domain.PaymentId;
import baedal.payment.domain.Payments;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Payments in table {@code payment.payments} (one per order, enforced by a unique key), stored by Spring Data JDBC;
 * their refunds go to {@code payment.refunds} as they are saved ({@link RefundsRecorded}).
 */
@SecondaryAdapter
interface PaymentJdbcAdapter extends Payments, Repository<Payment, PaymentId> {

    @Override
    @Query("SELECT * FROM payment.payments WHERE order_id = :orderId")
    Optional<Payment> findByOrder(UUID orderId);

    @Override
    default Optional<Payment> lockByOrder(UUID orderId) {
        lock(orderId);
        return findByOrder(orderId);
    }

    /** A write to the row holds its lock until the transaction ends, on H2 and SQL Server alike. */
    @Modifying
    @Query("UPDATE payment.payments SET version = version WHERE order_id = :orderId")
    int lock(UUID orderId);

    @Override
    default boolean refundRecorded(PaymentId paymentId, String key) {
        return countRefunds(paymentId.id(), key) > 0;
    }

    @Query("SELECT COUNT(*) FROM payment.refunds WHERE refund_key = :key AND payment_id = :payment")
    long countRefunds(UUID payment, String key);

    @Override
    @Query("SELECT * FROM payment.payments WHERE status = 'PENDING'"
            + " ORDER BY requested_at OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY")
    List<Payment> findAwaitingCharge(int limit);
}
