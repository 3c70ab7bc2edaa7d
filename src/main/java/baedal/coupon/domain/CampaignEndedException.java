package baedal.coupon.domain;

/** The campaign's coupons are no longer valid. */
public class CampaignEndedException extends RuntimeException {

    public CampaignEndedException(String message) {
        super(message);
    }
}
