package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/**
 * The shop rejected a paid order, which is thereby cancelled; its payment is refunded. {@code withBenefits}: a coupon or points
 * were used (only then does the coupon module listen).
 */
@Externalized("order::#{orderId()}")
public record OrderRejected(
        UUID eventId, UUID orderId, UUID shopId, boolean withBenefits, long version, Instant occurredAt)
        implements IdentifiedEvent {}
