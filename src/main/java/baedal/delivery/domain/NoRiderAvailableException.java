package baedal.delivery.domain;

/** Nobody can take the delivery now; the triggering event stays in the outbox and is retried. */
public class NoRiderAvailableException extends RuntimeException {

    public NoRiderAvailableException(String message) {
        super(message);
    }
}
