package baedal.delivery.domain;

/** The delivery is assigned to another rider. */
public class NotYourDeliveryException extends RuntimeException {

    public NotYourDeliveryException(String message) {
        super(message);
    }
}
