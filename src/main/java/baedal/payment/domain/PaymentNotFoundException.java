package baedal.payment.domain;

/** The order has no payment yet. */
public class PaymentNotFoundException extends RuntimeException {

    public PaymentNotFoundException(String message) {
        super(message);
    }
}
