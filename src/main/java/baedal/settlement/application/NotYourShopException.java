package baedal.settlement.application;

/** Only the shop's owner (or an admin) sees its settlements. */
public class NotYourShopException extends RuntimeException {

    public NotYourShopException(String message) {
        super(message);
    }
}
