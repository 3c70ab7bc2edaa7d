package baedal.shop.domain;

import baedal.kernel.Money;
import java.util.Objects;
import org.jmolecules.ddd.types.ValueObject;

/** The delivery fee for addresses up to {@code upToMeters} from the shop (and beyond the tier before it). */
public record DeliveryFeeTier(int upToMeters, Money fee) implements ValueObject {

    public DeliveryFeeTier {
        if (upToMeters < 1) {
            throw new IllegalArgumentException("a fee tier reaches at least 1 meter");
        }
        Objects.requireNonNull(fee, "fee");
    }
}
