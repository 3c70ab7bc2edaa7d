package baedal.coupon.domain;

import baedal.kernel.ConflictException;

/** Every coupon of the campaign has been issued. */
public class SoldOutException extends ConflictException {

    public SoldOutException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Sold out";
    }
}
