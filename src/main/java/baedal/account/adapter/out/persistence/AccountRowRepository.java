package baedal.account.adapter.out.persistence;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRowRepository extends ListCrudRepository<AccountRow, UUID> {

    Optional<AccountRow> findByUsername(String username);

    boolean existsByUsername(String username);
}
