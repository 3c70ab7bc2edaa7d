package baedal.account.application;

/** Credentials that do not sign anyone in: the same refusal for an unknown username and a wrong password. */
public class SignInFailedException extends RuntimeException {

    public SignInFailedException() {
        super("Unknown username or wrong password.");
    }
}
