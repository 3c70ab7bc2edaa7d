package baedal.order.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.ValueObject;

/** What the customer asks for: a menu, how many, with which options (by name). */
public record CartItem(UUID menuId, int quantity, List<String> optionNames) implements ValueObject {

    public CartItem {
        Objects.requireNonNull(menuId, "menuId");
        optionNames = List.copyOf(optionNames);
    }
}
