package baedal.order.domain;

import baedal.kernel.Money;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * One menu in an order, priced at placement: unit price plus chosen options, times quantity. A line the shop cancelled
 * on its own (sold out after all, say) keeps its place and price with the reason; it no longer counts in the order's
 * amounts.
 */
public record OrderLine(
        UUID menuId,
        String name,
        Money unitPrice,
        int quantity,
        List<ChosenOption> options,
        @Nullable String cancelReason)
        implements ValueObject {

    public static final int MAX_QUANTITY = 99;
    public static final int MAX_REASON_LENGTH = 200;

    public OrderLine {
        Objects.requireNonNull(menuId, "menuId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be between 1 and " + MAX_QUANTITY);
        }
        options = List.copyOf(options);
        if (cancelReason != null && (cancelReason.isBlank() || cancelReason.length() > MAX_REASON_LENGTH)) {
            throw new IllegalArgumentException(
                    "a cancelled line needs a reason of at most " + MAX_REASON_LENGTH + " characters");
        }
    }

    /** A line as placed. */
    public OrderLine(UUID menuId, String name, Money unitPrice, int quantity, List<ChosenOption> options) {
        this(menuId, name, unitPrice, quantity, options, null);
    }

    public boolean cancelled() {
        return cancelReason != null;
    }

    OrderLine cancel(String reason) {
        return new OrderLine(menuId, name, unitPrice, quantity, options, reason);
    }

    /** What the line comes to, cancelled or not. */
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
