package baedal.account.application;

import baedal.account.domain.AccountId;
import baedal.kernel.Role;
import baedal.platform.security.TokenIssuer.IssuedToken;
import java.util.Set;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Signing in and registering accounts. */
@PrimaryPort
public interface AccountManagement {

    /** Checks the credentials and issues a bearer token; fails the same way for an unknown user and a wrong password. */
    IssuedToken issueToken(String username, String password);

    /**
     * Registers an account under the given id unless the username is taken; the password has at least 8 characters
     * (at most 64) with a letter and a digit. Returns the id.
     */
    AccountId register(AccountId id, String username, String displayName, String rawPassword, Set<Role> roles);
}
