package baedal.order.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.ValueObject;

/**
 * What the customer asks for: a menu, how many, and the options chosen, per option group in {@code choices} and, as
 * older clients send them, by name alone in {@code optionNames} (each name then belongs to the one group that has it).
 */
public record CartItem(UUID menuId, int quantity, List<String> optionNames, List<Choice> choices)
        implements ValueObject {

    public CartItem {
        Objects.requireNonNull(menuId, "menuId");
        optionNames = List.copyOf(optionNames);
        choices = List.copyOf(choices);
    }

    public CartItem(UUID menuId, int quantity, List<String> optionNames) {
        this(menuId, quantity, optionNames, List.of());
    }

    /** The options picked in one option group, by name. */
    public record Choice(String group, List<String> options) implements ValueObject {

        public Choice {
            Objects.requireNonNull(group, "group");
            options = List.copyOf(options);
        }
    }
}
