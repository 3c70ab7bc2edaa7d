package baedal.coupon.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** A coupon was spent on a paid order. */
public record CouponUsed(UUID eventId, UUID couponId, UUID orderId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
