package baedal.coupon.domain;

import baedal.kernel.ConflictException;

/** A coupon was claimed before its campaign opened. */
public class CampaignNotOpenException extends ConflictException {

    public CampaignNotOpenException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Not open";
    }
}
