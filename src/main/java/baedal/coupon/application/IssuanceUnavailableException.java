package baedal.coupon.application;

/** The claim could not be decided in time; it may still be stored, and a retry tells. */
public class IssuanceUnavailableException extends RuntimeException {

    public IssuanceUnavailableException(String message) {
        super(message);
    }
}
