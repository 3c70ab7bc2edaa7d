package baedal.shop.domain;

/** The shop has closed down for good. */
public class ShopClosedDownException extends RuntimeException {

    public ShopClosedDownException(String message) {
        super(message);
    }
}
