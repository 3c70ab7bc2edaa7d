package baedal.coupon.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A coupon came back to its customer because the order it was put on was cancelled. */
@Externalized("coupon::#{couponId()}")
public record CouponRestored(UUID eventId, UUID couponId, UUID orderId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
