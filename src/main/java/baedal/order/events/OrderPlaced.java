package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/**
 * A customer placed an order; the amount to charge is read through {@code OrderQueries}. {@code withBenefits}: a coupon or points
 * were used (only then does the coupon module listen).
 */
@Externalized("order::#{orderId()}")
public record OrderPlaced(
        UUID eventId,
        UUID orderId,
        UUID shopId,
        UUID customerId,
        boolean withBenefits,
        long version,
        Instant occurredAt)
        implements IdentifiedEvent {}
