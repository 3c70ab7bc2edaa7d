package baedal.order.domain;

/** The shop belongs to another owner, or the order was placed at another shop. */
public class NotYourShopException extends RuntimeException {

    public NotYourShopException(String message) {
        super(message);
    }
}
