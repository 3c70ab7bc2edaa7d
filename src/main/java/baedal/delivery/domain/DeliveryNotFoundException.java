package baedal.delivery.domain;

/** No delivery with that id. */
public class DeliveryNotFoundException extends RuntimeException {

    public DeliveryNotFoundException(String message) {
        super(message);
    }
}
