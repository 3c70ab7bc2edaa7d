package baedal.coupon.domain;

/** No coupon campaign with that id. */
public class CampaignNotFoundException extends RuntimeException {

    public CampaignNotFoundException(String message) {
        super(message);
    }
}
