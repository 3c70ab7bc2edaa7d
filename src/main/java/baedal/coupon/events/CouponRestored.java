package baedal.coupon.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** A coupon came back to its customer because the order it was put on was cancelled. */
public record CouponRestored(UUID eventId, UUID couponId, UUID orderId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
