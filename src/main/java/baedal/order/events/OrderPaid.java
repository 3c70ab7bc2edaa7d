package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/**
 * The order's payment was approved; the shop can now accept it. {@code withBenefits}: a coupon or points
 * were used (only then does the coupon module listen).
 */
@Externalized("order::#{orderId()}")
public record OrderPaid(UUID eventId, UUID orderId, UUID shopId, boolean withBenefits, long version, Instant occurredAt)
        implements IdentifiedEvent {}
