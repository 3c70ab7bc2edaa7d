package baedal.settlement.domain;

/** The bank did not take the transfer this time; the payout stays pending and is tried again. */
public class PayoutFailedException extends RuntimeException {

    public PayoutFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
