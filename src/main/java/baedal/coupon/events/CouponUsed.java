package baedal.coupon.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A coupon was spent on a paid order. */
@Externalized("coupon::#{couponId()}")
public record CouponUsed(UUID eventId, UUID couponId, UUID orderId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
