package baedal.coupon.domain;

import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.types.Repository;

public interface Coupons extends Repository<Coupon, CouponId> {

    List<Coupon> findByCustomer(UUID customerId);

    CampaignTally tally(CampaignId campaign);
}
