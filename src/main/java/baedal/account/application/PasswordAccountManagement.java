package baedal.account.application;

import baedal.account.domain.Account;
import baedal.account.domain.AccountId;
import baedal.account.domain.Accounts;
import baedal.account.domain.UsernameTakenException;
import baedal.kernel.Role;
import baedal.platform.security.TokenIssuer;
import baedal.platform.security.TokenIssuer.IssuedToken;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.jmolecules.architecture.hexagonal.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password-based account management; tokens are signed by the platform's {@link TokenIssuer}. */
@Application
@Service
class PasswordAccountManagement implements AccountManagement {

    private static final Logger log = LoggerFactory.getLogger(PasswordAccountManagement.class);

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final TokenIssuer tokens;
    private final Clock clock;
    private final SignInThrottle throttle;
    /** Compared against when the user is unknown, so that both failures take the same time. */
    private final String decoyHash;

    PasswordAccountManagement(
            Accounts accounts, PasswordEncoder passwords, TokenIssuer tokens, Clock clock, SignInThrottle throttle) {
        this.clock = clock;
        this.throttle = throttle;
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.decoyHash = passwords.encode("decoy-password-for-unknown-users");
    }

    private static boolean strong(String password) {
        return password.length() >= 8
                && password.length() <= 64
                && password.chars().anyMatch(Character::isLetter)
                && password.chars().anyMatch(Character::isDigit);
    }

    @Override
    public IssuedToken issueToken(String username, String password, String address) {
        var wait = throttle.waitBefore(username, address);
        if (wait.isPositive()) {
            log.info("Throttled sign-in for '{}' from {}", username, address);
            throw new TooManySignInsException(wait);
        }
        var account = accounts.findByUsername(username);
        var hash = account.map(Account::passwordHash).orElse(decoyHash);
        if (!passwords.matches(password, hash) || account.isEmpty()) {
            log.info("Rejected sign-in for '{}' from {}", username, address);
            throttle.failed(username, address);
            throw new SignInFailedException();
        }
        var signedIn = account.get();
        return tokens.issue(signedIn.getId().id(), signedIn.username(), signedIn.roles());
    }

    @Override
    public boolean exists(AccountId id) {
        return accounts.existsById(id);
    }

    @Override
    public int forgetRefilledSignInLimits() {
        return throttle.forgetRefilled();
    }

    @Override
    @Transactional
    public AccountId register(AccountId id, String username, String displayName, String rawPassword, Set<Role> roles) {
        if (accounts.existsByUsername(username)) {
            throw new UsernameTakenException("username '%s' is taken".formatted(username));
        }
        if (!strong(rawPassword)) {
            throw new WeakPasswordException(
                    "a password has 8 to 64 characters, with at least one letter and one digit");
        }
        var account =
                Account.register(id, username, displayName, passwords.encode(rawPassword), roles, Instant.now(clock));
        try {
            return accounts.save(account).getId();
        } catch (DuplicateKeyException takenMeanwhile) {
            // another registration took the name between the check and this insert
            throw new UsernameTakenException("username '%s' is taken".formatted(username));
        }
    }
}
