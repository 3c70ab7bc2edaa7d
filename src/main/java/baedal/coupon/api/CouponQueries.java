package baedal.coupon.api;

import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Port;

/** Read-only access to coupons for subscribers of order events (settlement needs who bore a discount). */
@Port
public interface CouponQueries {

    /** Who bears the discount of a coupon: {@code PLATFORM} or {@code SHOP}. */
    Optional<String> discountBearer(UUID couponId);
}
