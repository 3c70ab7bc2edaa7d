package baedal.account.domain;

import baedal.account.events.AccountRegistered;
import baedal.kernel.EventRecordingAggregateRoot;
import baedal.kernel.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A user who can sign in: a unique username, the name shown to others, a password hash (never the password) and the
 * roles held.
 */
public class Account extends EventRecordingAggregateRoot<Account, AccountId> {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    private final AccountId id;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final Roles roles;
    private long version;

    private Account(AccountId id, String username, String displayName, String passwordHash, Roles roles) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username must be 3-50 lowercase letters, digits, '.', '_' or '-'");
        }
        if (displayName.isBlank() || displayName.length() > 50) {
            throw new IllegalArgumentException("display name must have 1 to 50 characters");
        }
        if (passwordHash.isBlank()) {
            throw new IllegalArgumentException("password hash must not be blank");
        }
        this.id = Objects.requireNonNull(id, "id");
        this.username = username;
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = Objects.requireNonNull(roles, "roles");
    }

    /** A new account; records {@link AccountRegistered}. */
    public static Account register(
            AccountId id, String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        var account = new Account(id, username, displayName, passwordHash, new Roles(roles));
        account.registerEvent(new AccountRegistered(
                UUID.randomUUID(),
                id.id(),
                account.roles().stream().map(Role::name).sorted().toList(),
                1,
                now));
        return account;
    }

    @Override
    public AccountId getId() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles.held();
    }
}
