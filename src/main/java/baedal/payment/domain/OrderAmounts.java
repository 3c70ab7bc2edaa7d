package baedal.payment.domain;

import baedal.kernel.Money;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** How much an order is to be charged, read from the order module's published query port. */
@SecondaryPort
public interface OrderAmounts {

    /** The amount to charge, as of the order's {@code version} or later (0: as it is now). */
    Optional<Money> paymentAmount(UUID orderId, long version);

    /** The customer who placed the order, for access checks. */
    Optional<UUID> customerOf(UUID orderId);
}
