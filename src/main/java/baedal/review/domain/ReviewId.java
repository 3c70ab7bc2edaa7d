package baedal.review.domain;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record ReviewId(UUID id) implements Identifier {

    public ReviewId {
        Objects.requireNonNull(id, "id");
    }

    public static ReviewId random() {
        return new ReviewId(UUID.randomUUID());
    }
}
