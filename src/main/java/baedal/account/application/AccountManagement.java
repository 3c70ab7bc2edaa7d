package baedal.account.application;

import baedal.account.domain.AccountId;
import baedal.kernel.Role;
import baedal.platform.security.TokenIssuer.IssuedToken;
import java.util.Set;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Signing in and registering accounts. */
@PrimaryPort
public interface AccountManagement {

    /**
     * Checks the credentials of a sign-in from {@code address} and issues a bearer token. Fails the same way for an
     * unknown user and a wrong password ({@link SignInFailedException}), and with {@link TooManySignInsException},
     * without looking at the password, while the username or the address has failed too often.
     */
    IssuedToken issueToken(String username, String password, String address);

    /** Whether an account with this id exists (a token naming one that does not is refused). */
    boolean exists(AccountId id);

    /** Forgets failed sign-ins that no longer slow anyone down; returns how many counts went. */
    int forgetRefilledSignInLimits();

    /**
     * Registers an account under the given id unless the username is taken; the password has at least 8 characters
     * (at most 64) with a letter and a digit. Returns the id.
     */
    AccountId register(AccountId id, String username, String displayName, String rawPassword, Set<Role> roles);
}
