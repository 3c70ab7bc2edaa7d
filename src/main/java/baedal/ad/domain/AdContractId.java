package baedal.ad.domain;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record AdContractId(UUID id) implements Identifier {

    public AdContractId {
        Objects.requireNonNull(id, "id");
    }

    public static AdContractId random() {
        return new AdContractId(UUID.randomUUID());
    }
}
