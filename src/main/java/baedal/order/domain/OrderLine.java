package baedal.order.domain;

import baedal.kernel.Money;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.ValueObject;

/** One menu in an order, priced at placement: unit price plus chosen options, times quantity. */
public record OrderLine(UUID menuId, String name, Money unitPrice, int quantity, List<ChosenOption> options)
        implements ValueObject {

    public static final int MAX_QUANTITY = 99;

    public OrderLine {
        Objects.requireNonNull(menuId, "menuId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be between 1 and " + MAX_QUANTITY);
        }
        options = List.copyOf(options);
    }

    public Money amount() {
        var unit = options.stream().map(ChosenOption::price).reduce(unitPrice, Money::plus);
        return unit.times(quantity);
    }

    /** An option the customer picked in one of the menu's option groups, with the surcharge at placement. */
    public record ChosenOption(String group, String name, Money price) implements ValueObject {

        public ChosenOption {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(price, "price");
        }
    }
}
