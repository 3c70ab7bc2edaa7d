package baedal.coupon.application;

import baedal.coupon.domain.CampaignId;
import baedal.coupon.domain.CampaignTally;
import baedal.coupon.domain.Coupon;
import baedal.coupon.domain.CouponCampaign;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Runs coupon campaigns and hands out their coupons. */
@PrimaryPort
public interface CouponManagement {

    /** Creates a campaign (operators only). */
    CampaignId createCampaign(CouponCampaign campaign);

    CouponCampaign campaign(CampaignId id);

    /** Campaigns that have not ended, the newest first: what customers may claim now or soon. */
    List<CouponCampaign> currentCampaigns();

    /**
     * Issues one coupon of the campaign to the customer, first come first served; answers only once the coupon is
     * stored. Refused when the campaign is not open, sold out, or the customer holds the per-customer limit.
     */
    Coupon issue(CampaignId campaign, UUID customerId);

    List<Coupon> coupons(UUID customerId);

    CampaignTally tally(CampaignId campaign);
}
