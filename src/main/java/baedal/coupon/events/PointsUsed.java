package baedal.coupon.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A customer spent points on an order ({@code amount} points = KRW). */
@Externalized("coupon::#{customerId()}")
public record PointsUsed(UUID eventId, UUID customerId, UUID orderId, long amount, long version, Instant occurredAt)
        implements IdentifiedEvent {}
