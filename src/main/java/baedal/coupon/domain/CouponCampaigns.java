package baedal.coupon.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jmolecules.ddd.types.Repository;

public interface CouponCampaigns extends Repository<CouponCampaign, CampaignId> {

    /** Stores a new campaign, created at {@code createdAt}. */
    void add(CouponCampaign campaign, Instant createdAt);

    Optional<CouponCampaign> findById(CampaignId id);

    /** Campaigns still valid at {@code now}, the most recently created first. */
    List<CouponCampaign> findValidAt(Instant now, int limit);
}
