package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/**
 * The coupon or points an order was priced with could not be taken (another order used the coupon first, or the
 * points were spent meanwhile); published by the module that owns them, the order is then cancelled.
 */
@Externalized("order::#{orderId()}")
public record OrderBenefitsRefused(UUID eventId, UUID orderId, String reason, long version, Instant occurredAt)
        implements IdentifiedEvent {}
