package baedal.shop.domain;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record ShopId(UUID id) implements Identifier {

    public ShopId {
        Objects.requireNonNull(id, "id");
    }

    public static ShopId random() {
        return new ShopId(UUID.randomUUID());
    }
}
