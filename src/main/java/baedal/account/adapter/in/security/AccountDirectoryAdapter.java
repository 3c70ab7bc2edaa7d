package baedal.account.adapter.in.security;

import baedal.account.application.AccountManagement;
import baedal.account.domain.AccountId;
import baedal.platform.security.AccountDirectory;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.stereotype.Component;

/** Tells the platform's token check which accounts exist. */
@PrimaryAdapter
@Component
class AccountDirectoryAdapter implements AccountDirectory {

    private final AccountManagement accounts;

    AccountDirectoryAdapter(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean exists(UUID accountId) {
        return accounts.exists(new AccountId(accountId));
    }
}
