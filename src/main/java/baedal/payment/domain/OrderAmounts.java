package baedal.payment.domain;

import baedal.kernel.Money;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** How much an order is to be charged, read from the order module's published query port. */
@SecondaryPort
public interface OrderAmounts {

    Optional<Money> paymentAmount(UUID orderId);

    /** The customer who placed the order, for access checks. */
    Optional<UUID> customerOf(UUID orderId);
}
