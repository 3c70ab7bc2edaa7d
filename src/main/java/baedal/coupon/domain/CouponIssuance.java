package baedal.coupon.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Hands out a campaign's coupons durably: never more than its total quantity, never more than the per-customer limit
 * to one customer, also with several application instances on one database. An outcome is returned only once it is
 * committed.
 */
public interface CouponIssuance {

    Outcome issue(CouponCampaign campaign, UUID customerId);

    /** The result of one claim; {@code coupon} is set when it was issued. */
    record Outcome(Result result, @Nullable Coupon coupon) {

        public enum Result {
            ISSUED,
            SOLD_OUT,
            LIMIT_REACHED
        }

        public static Outcome issued(Coupon coupon) {
            return new Outcome(Result.ISSUED, coupon);
        }

        public static Outcome of(Result result) {
            return new Outcome(result, null);
        }
    }
}
