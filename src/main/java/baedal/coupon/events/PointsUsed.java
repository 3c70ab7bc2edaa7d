package baedal.coupon.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** A customer spent points on an order ({@code amount} points = KRW). */
public record PointsUsed(UUID eventId, UUID customerId, UUID orderId, long amount, long version, Instant occurredAt)
        implements IdentifiedEvent {}
