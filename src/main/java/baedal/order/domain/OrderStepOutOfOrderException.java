package baedal.order.domain;

/** A step that does not follow from the order's status (cancelling an accepted order, accepting a cancelled one). */
public class OrderStepOutOfOrderException extends RuntimeException {

    public OrderStepOutOfOrderException(String message) {
        super(message);
    }
}
