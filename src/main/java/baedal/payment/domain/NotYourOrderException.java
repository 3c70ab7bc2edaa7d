package baedal.payment.domain;

/** The order belongs to another customer. */
public class NotYourOrderException extends RuntimeException {

    public NotYourOrderException(String message) {
        super(message);
    }
}
