package baedal.account.adapter.out.persistence;

import baedal.account.domain.Account;
import baedal.account.domain.AccountId;
import baedal.account.domain.Accounts;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Accounts in table {@code account.accounts}, stored by Spring Data JDBC: saving, finding by id and by username are its
 * own (the latter derived from the port's method name); the roles are one column ({@link AccountPersistence}).
 */
@SecondaryAdapter
interface AccountJdbcAdapter extends Accounts, Repository<Account, AccountId> {

    /**
     * Declared, not derived: Spring Data limits a derived existence check with {@code LIMIT 1}, which H2 in SQL Server
     * mode refuses.
     */
    @Override
    default boolean existsByUsername(String username) {
        return countByUsername(username) > 0;
    }

    @Query("SELECT COUNT(*) FROM account.accounts WHERE username = :username")
    long countByUsername(String username);
}
