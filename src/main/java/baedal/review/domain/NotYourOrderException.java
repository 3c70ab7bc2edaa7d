package baedal.review.domain;

/** Only the customer of an order may review it. */
public class NotYourOrderException extends RuntimeException {

    public NotYourOrderException(String message) {
        super(message);
    }
}
