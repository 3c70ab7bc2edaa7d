package baedal.coupon.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A customer received a coupon of a campaign. */
@Externalized("coupon::#{couponId()}")
public record CouponIssued(
        UUID eventId, UUID couponId, UUID campaignId, UUID customerId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
