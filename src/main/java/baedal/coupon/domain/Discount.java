package baedal.coupon.domain;

import baedal.kernel.Money;
import org.jmolecules.ddd.types.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What a coupon takes off an order: a fixed amount, or a percentage capped at {@code maxDiscount}. Never more than
 * the order amount; percentages round down to the won.
 */
public record Discount(
        @Nullable Money amount,
        @Nullable Integer percent,
        @Nullable Money max) implements ValueObject {

    public Discount {
        if ((amount == null) == (percent == null)) {
            throw new IllegalArgumentException("a discount is either a fixed amount or a percentage");
        }
        if (amount != null && amount.won() == 0) {
            throw new IllegalArgumentException("a fixed discount must be positive");
        }
        if (percent != null && (percent < 1 || percent > 100)) {
            throw new IllegalArgumentException("a percentage discount is between 1 and 100");
        }
        if (percent != null && max == null) {
            throw new IllegalArgumentException("a percentage discount needs a maximum discount");
        }
    }

    public static Discount fixed(Money amount) {
        return new Discount(amount, null, null);
    }

    public static Discount percent(int percent, Money max) {
        return new Discount(null, percent, max);
    }

    public Money of(Money orderAmount) {
        long won = amount != null
                ? amount.won()
                : Math.min(Math.multiplyExact(orderAmount.won(), percent) / 100, max.won());
        return Money.won(Math.min(won, orderAmount.won()));
    }
}
