package baedal.coupon.application;

import baedal.coupon.domain.PointEntry;
import baedal.order.spi.OrderBenefits.CouponQuote;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Coupons and points on orders: priced at placement, taken when placed, confirmed on payment, given back on cancel. */
@PrimaryPort
public interface OrderBenefitHandling {

    CouponQuote quote(UUID customerId, UUID couponId, UUID shopId, String shopCategory, long itemsAmount);

    /** The coupon on an order, worth again on the items left after the shop cancelled a line. */
    CouponQuote requote(UUID orderId, UUID couponId, long itemsAmount);

    long pointBalance(UUID customerId);

    /** The shop cancelled a line and the coupon no longer applies to what is left: the customer holds it again. */
    void releaseCoupon(UUID orderId);

    List<PointEntry> pointEntries(UUID customerId);

    /** Takes the order's coupon and points; if either is gone, publishes that the order's benefits were refused. */
    void take(UUID orderId, UUID causeEventId);

    void confirm(UUID orderId);

    void giveBack(UUID orderId, UUID causeEventId);

    void earnPoints(UUID orderId, long orderVersion, UUID causeEventId);
}
