package baedal.account.application;

/** A password too short, too long, or without a letter and a digit. */
public class WeakPasswordException extends RuntimeException {

    public WeakPasswordException(String message) {
        super(message);
    }
}
