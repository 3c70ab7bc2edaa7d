package baedal.payment.domain;

/** The gateway refused the charge (card declined, limit reached); trying again will not help. */
public class PaymentDeclinedException extends RuntimeException {

    public PaymentDeclinedException(String message) {
        super(message);
    }
}
