package baedal.account.domain;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identity of an account; it is the subject of the account's access tokens. */
public record AccountId(UUID id) implements Identifier {

    public AccountId {
        Objects.requireNonNull(id, "id");
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }
}
