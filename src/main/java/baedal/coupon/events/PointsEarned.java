package baedal.coupon.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A customer earned points on a delivered order. */
@Externalized("coupon::#{customerId()}")
public record PointsEarned(UUID eventId, UUID customerId, UUID orderId, long amount, long version, Instant occurredAt)
        implements IdentifiedEvent {}
