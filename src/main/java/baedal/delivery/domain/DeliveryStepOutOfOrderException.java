package baedal.delivery.domain;

/** A rider's step that does not follow from where the delivery is (picking up twice, handing over before picking up). */
public class DeliveryStepOutOfOrderException extends RuntimeException {

    public DeliveryStepOutOfOrderException(String message) {
        super(message);
    }
}
