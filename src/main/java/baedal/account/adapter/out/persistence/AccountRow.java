package baedal.account.adapter.out.persistence;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Row of {@code account.accounts}; roles are stored comma-separated. */
@Table(schema = "account", name = "accounts")
record AccountRow(
        @Id UUID id,
        String username,
        String passwordHash,
        String roles,
        @Version long version) {

    AccountRow withVersion(long newVersion) {
        return new AccountRow(id, username, passwordHash, roles, newVersion);
    }
}
