package baedal.order.domain;

/** Another request with the same Idempotency-Key is still placing its order. */
public class PlacementInProgressException extends RuntimeException {

    public PlacementInProgressException(String message) {
        super(message);
    }
}
