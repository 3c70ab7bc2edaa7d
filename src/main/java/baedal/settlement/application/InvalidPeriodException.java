package baedal.settlement.application;

/** A settlement period that runs backwards or spans too many days. */
public class InvalidPeriodException extends RuntimeException {

    public InvalidPeriodException(String message) {
        super(message);
    }
}
