package baedal.account.domain;

import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.types.Repository;

/** Stored accounts. */
@SecondaryPort
public interface Accounts extends Repository<Account, AccountId> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsById(AccountId id);

    Account save(Account account);
}
