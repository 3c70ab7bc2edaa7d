package baedal.account.domain;

/** Another account has that username. */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String message) {
        super(message);
    }
}
