package baedal.shop.domain;

import baedal.kernel.Money;
import java.util.Objects;
import org.jmolecules.ddd.types.ValueObject;

/** Something a customer may pick for a menu (a size, a sauce, extra cheese), its surcharge, and whether it ran out. */
public record MenuOption(String name, Money price, boolean soldOut) implements ValueObject {

    public MenuOption {
        name = ShopProfile.requireText(name, "option name", 50);
        Objects.requireNonNull(price, "price");
    }

    public MenuOption(String name, Money price) {
        this(name, price, false);
    }
}
