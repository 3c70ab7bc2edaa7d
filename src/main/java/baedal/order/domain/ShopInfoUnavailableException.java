package baedal.order.domain;

/** What the shop offers cannot be read right now; placing an order can be retried shortly. */
public class ShopInfoUnavailableException extends RuntimeException {

    public ShopInfoUnavailableException(String message) {
        super(message);
    }
}
