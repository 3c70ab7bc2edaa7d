package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/**
 * The shop cancelled one line of a paid order before pick-up: {@code line} is its position in the order (from 0),
 * {@code refundAmount} what the customer gets back in KRW (the line less any coupon discount it loses), and
 * {@code couponReleased} whether the coupon no longer applies to what is left and goes back to the customer.
 * {@code withBenefits}: a coupon or points were used on the order.
 */
@Externalized("order::#{orderId()}")
public record OrderLineCancelled(
        UUID eventId,
        UUID orderId,
        UUID shopId,
        UUID customerId,
        int line,
        long refundAmount,
        boolean couponReleased,
        boolean withBenefits,
        long version,
        Instant occurredAt)
        implements IdentifiedEvent {}
