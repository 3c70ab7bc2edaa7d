package baedal.account.adapter.out.persistence;

import baedal.account.domain.Account;
import baedal.account.domain.AccountId;
import baedal.account.domain.Accounts;
import baedal.account.domain.UsernameTakenException;
import baedal.kernel.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Accounts in {@code account.accounts} (roles stored comma-separated), with plain JDBC; publishes the events an
 * account recorded in the caller's transaction.
 */
@SecondaryAdapter
@Component
class AccountJdbcAdapter implements Accounts {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AccountJdbcAdapter(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return jdbc.sql(
                        "SELECT id, username, display_name, password_hash, roles FROM account.accounts WHERE username = :username")
                .param("username", username)
                .query(AccountJdbcAdapter::map)
                .optional();
    }

    @Override
    public boolean existsByUsername(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM account.accounts WHERE username = :username")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public boolean existsById(AccountId id) {
        return jdbc.sql("SELECT COUNT(*) FROM account.accounts WHERE id = :id")
                        .param("id", id.id())
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public Account save(Account account) {
        try {
            jdbc.sql("INSERT INTO account.accounts (id, username, display_name, password_hash, roles, version)"
                            + " VALUES (:id, :username, :displayName, :hash, :roles, 1)")
                    .param("id", account.getId().id())
                    .param("username", account.username())
                    .param("displayName", account.displayName())
                    .param("hash", account.passwordHash())
                    .param(
                            "roles",
                            account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                    .update();
        } catch (DuplicateKeyException taken) {
            // Another registration took the name between the check and this insert.
            throw new UsernameTakenException("username '%s' is taken".formatted(account.username()));
        }
        account.releaseEvents().forEach(events::publishEvent);
        return account;
    }

    private static Account map(ResultSet row, int number) throws SQLException {
        var roles = Arrays.stream(row.getString("roles").split(","))
                .map(Role::valueOf)
                .collect(Collectors.toSet());
        return new Account(
                new AccountId(row.getObject("id", UUID.class)),
                row.getString("username"),
                row.getString("display_name"),
                row.getString("password_hash"),
                roles);
    }
}
