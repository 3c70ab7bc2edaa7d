package baedal.coupon.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** Points spent on an order came back because the order was cancelled. */
@Externalized("coupon::#{customerId()}")
public record PointsRestored(UUID eventId, UUID customerId, UUID orderId, long amount, long version, Instant occurredAt)
        implements IdentifiedEvent {}
