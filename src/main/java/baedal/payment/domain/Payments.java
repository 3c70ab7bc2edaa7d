package baedal.payment.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.types.Repository;

/** Stored payments, one per order. Saving publishes the events the payment recorded. */
@SecondaryPort
public interface Payments extends Repository<Payment, PaymentId> {

    Optional<Payment> findByOrder(UUID orderId);

    /**
     * The order's payment, locked until the current transaction ends, on every instance: refunds of one payment are
     * made one after another, each seeing what the one before it refunded.
     */
    Optional<Payment> lockByOrder(UUID orderId);

    /** Whether a refund under this key was recorded for the payment. */
    boolean refundRecorded(PaymentId paymentId, String key);

    List<Payment> findAwaitingCharge(int limit);

    Payment save(Payment payment);
}
