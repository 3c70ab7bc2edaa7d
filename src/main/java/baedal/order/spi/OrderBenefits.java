package baedal.order.spi;

import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Port;

/**
 * What a customer's coupon and points are worth on an order being placed. The order module requires this port and
 * the module that owns coupons and points provides it: that module already depends on order (it reacts to order
 * events), so order asking it through an interface of its own keeps the two free of a cycle. After an extraction an
 * HTTP client provides it instead.
 */
@Port
public interface OrderBenefits {

    /**
     * The discount the customer's coupon gives on an order at this shop whose items come to {@code itemsAmount}
     * KRW, or why it cannot be used there.
     */
    CouponQuote quoteCoupon(UUID customerId, UUID couponId, UUID shopId, String shopCategory, long itemsAmount);

    /**
     * What the coupon on an order is worth when only {@code itemsAmount} KRW of its items are left (the shop cancelled
     * a line): the coupon's rules applied again to the order as it now is, the minimum order among them.
     */
    CouponQuote requoteCoupon(UUID orderId, UUID couponId, long itemsAmount);

    /** The customer's spendable points (1 point = 1 KRW). */
    long pointBalance(UUID customerId);

    /** A coupon's worth on one order: a discount in KRW, or the reason it does not apply. */
    record CouponQuote(long discountAmount, String refusal) {

        public static CouponQuote discount(long amount) {
            return new CouponQuote(amount, "");
        }

        public static CouponQuote refused(String reason) {
            return new CouponQuote(0, reason);
        }

        public boolean usable() {
            return refusal.isEmpty();
        }
    }
}
