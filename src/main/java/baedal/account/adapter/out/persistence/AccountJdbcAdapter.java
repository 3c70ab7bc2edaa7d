package baedal.account.adapter.out.persistence;

import baedal.account.domain.Account;
import baedal.account.domain.AccountId;
import baedal.account.domain.Accounts;
import baedal.kernel.Role;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

@SecondaryAdapter
@Component
class AccountJdbcAdapter implements Accounts {

    private final AccountRowRepository rows;
    private final ApplicationEventPublisher events;

    AccountJdbcAdapter(AccountRowRepository rows, ApplicationEventPublisher events) {
        this.rows = rows;
        this.events = events;
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return rows.findByUsername(username).map(AccountJdbcAdapter::toDomain);
    }

    @Override
    public boolean existsByUsername(String username) {
        return rows.existsByUsername(username);
    }

    @Override
    public Account save(Account account) {
        var roles = account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        rows.save(new AccountRow(account.getId().id(), account.username(), account.passwordHash(), roles, 0));
        account.releaseEvents().forEach(events::publishEvent);
        return account;
    }

    private static Account toDomain(AccountRow row) {
        var roles = Arrays.stream(row.roles().split(",")).map(Role::valueOf).collect(Collectors.toSet());
        return new Account(new AccountId(row.id()), row.username(), row.passwordHash(), roles);
    }
}
