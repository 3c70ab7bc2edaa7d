package baedal.order.domain;

/** The Idempotency-Key was used already for a different order. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String message) {
        super(message);
    }
}
