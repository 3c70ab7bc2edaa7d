package baedal.shop.domain;

/** The shop belongs to another owner. */
public class NotYourShopException extends RuntimeException {

    public NotYourShopException(String message) {
        super(message);
    }
}
