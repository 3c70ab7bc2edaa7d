package baedal.coupon.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.ddd.types.Repository;

public interface Coupons extends Repository<Coupon, CouponId> {

    List<Coupon> findByCustomer(UUID customerId);

    Optional<Coupon> findById(CouponId id);

    Optional<Coupon> findByOrder(UUID orderId);

    /** Stores a changed coupon (optimistic lock on its version) and publishes the events it recorded. */
    void save(Coupon coupon);

    CampaignTally tally(CampaignId campaign);
}
