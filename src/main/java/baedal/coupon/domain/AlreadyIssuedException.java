package baedal.coupon.domain;

import baedal.kernel.ConflictException;

/** The customer already holds as many coupons of the campaign as one customer may. */
public class AlreadyIssuedException extends ConflictException {

    public AlreadyIssuedException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Already issued";
    }
}
