package baedal.delivery.domain;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record DeliveryId(UUID id) implements Identifier {

    public DeliveryId {
        Objects.requireNonNull(id, "id");
    }

    public static DeliveryId random() {
        return new DeliveryId(UUID.randomUUID());
    }
}
