package baedal.review.domain;

/** The order has not been delivered (or is not known here), so it cannot be reviewed yet. */
public class OrderNotDeliveredException extends RuntimeException {

    public OrderNotDeliveredException(String message) {
        super(message);
    }
}
