package baedal.order.domain;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record OrderId(UUID id) implements Identifier {

    public OrderId {
        Objects.requireNonNull(id, "id");
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }
}
