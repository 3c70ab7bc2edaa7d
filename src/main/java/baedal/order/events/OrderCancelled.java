package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/**
 * The order was cancelled; {@code paid} says whether money had been captured and must be refunded. {@code withBenefits}: a coupon or points
 * were used (only then does the coupon module listen).
 */
@Externalized("order::#{orderId()}")
public record OrderCancelled(
        UUID eventId, UUID orderId, UUID shopId, boolean paid, boolean withBenefits, long version, Instant occurredAt)
        implements IdentifiedEvent {}
