package baedal.coupon.domain;

/** A coupon was claimed before its campaign opened. */
public class CampaignNotOpenException extends RuntimeException {

    public CampaignNotOpenException(String message) {
        super(message);
    }
}
