package baedal.coupon.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** A customer received a coupon of a campaign. */
public record CouponIssued(
        UUID eventId, UUID couponId, UUID campaignId, UUID customerId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
