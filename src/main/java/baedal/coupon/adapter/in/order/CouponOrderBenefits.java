package baedal.coupon.adapter.in.order;

import baedal.coupon.application.OrderBenefitHandling;
import baedal.order.spi.OrderBenefits;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.stereotype.Component;

/** Answers the order module's pricing questions about coupons and points, in process. */
@PrimaryAdapter
@Component
class CouponOrderBenefits implements OrderBenefits {

    private final OrderBenefitHandling benefits;

    CouponOrderBenefits(OrderBenefitHandling benefits) {
        this.benefits = benefits;
    }

    @Override
    public CouponQuote quoteCoupon(UUID customerId, UUID couponId, UUID shopId, String shopCategory, long itemsAmount) {
        return benefits.quote(customerId, couponId, shopId, shopCategory, itemsAmount);
    }

    @Override
    public CouponQuote requoteCoupon(UUID orderId, UUID couponId, long itemsAmount) {
        return benefits.requote(orderId, couponId, itemsAmount);
    }

    @Override
    public long pointBalance(UUID customerId) {
        return benefits.pointBalance(customerId);
    }
}
