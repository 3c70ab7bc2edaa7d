package baedal.order.domain;

import baedal.kernel.GeoPoint;
import java.util.Objects;
import org.jmolecules.ddd.types.ValueObject;

/** Where the food goes. */
public record DeliveryAddress(String text, GeoPoint location) implements ValueObject {

    public DeliveryAddress {
        if (text == null || text.isBlank() || text.length() > 200) {
            throw new IllegalArgumentException("delivery address must be 1 to 200 characters");
        }
        Objects.requireNonNull(location, "location");
    }
}
