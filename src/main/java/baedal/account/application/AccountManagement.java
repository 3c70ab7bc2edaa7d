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

    /** Registers an account under the given id unless the username is taken; returns the id. */
    AccountId register(AccountId id, String username, String rawPassword, Set<Role> roles);
}
