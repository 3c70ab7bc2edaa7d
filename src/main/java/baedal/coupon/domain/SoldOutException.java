package baedal.coupon.domain;

/** Every coupon of the campaign has been issued. */
public class SoldOutException extends RuntimeException {

    public SoldOutException(String message) {
        super(message);
    }
}
