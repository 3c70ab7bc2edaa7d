package baedal.coupon.domain;

/** The customer already holds as many coupons of the campaign as one customer may. */
public class AlreadyIssuedException extends RuntimeException {

    public AlreadyIssuedException(String message) {
        super(message);
    }
}
