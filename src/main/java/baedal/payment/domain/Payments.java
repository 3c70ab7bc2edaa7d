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

    List<Payment> findAwaitingCharge(int limit);

    Payment save(Payment payment);
}
