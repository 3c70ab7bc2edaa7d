package baedal.shop.domain;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record MenuId(UUID id) implements Identifier {

    public MenuId {
        Objects.requireNonNull(id, "id");
    }

    public static MenuId random() {
        return new MenuId(UUID.randomUUID());
    }
}
