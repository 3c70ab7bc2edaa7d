package baedal.order.domain;

/** The cart cannot be ordered as it is: a shop that is not listed or not open, an address outside its area, a cart below the minimum, a menu or option it does not have or has sold out, coupons or points that cannot be used. */
public class CartRefusedException extends RuntimeException {

    public CartRefusedException(String message) {
        super(message);
    }
}
