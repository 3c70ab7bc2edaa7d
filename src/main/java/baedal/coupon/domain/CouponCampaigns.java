package baedal.coupon.domain;

import java.util.Optional;
import org.jmolecules.ddd.types.Repository;

public interface CouponCampaigns extends Repository<CouponCampaign, CampaignId> {

    void add(CouponCampaign campaign);

    Optional<CouponCampaign> findById(CampaignId id);
}
