package baedal.shop.domain;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** The account id of a shop's owner. */
public record OwnerId(UUID id) implements Identifier {

    public OwnerId {
        Objects.requireNonNull(id, "id");
    }
}
