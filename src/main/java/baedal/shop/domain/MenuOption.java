package baedal.shop.domain;

import baedal.kernel.Money;
import java.util.Objects;
import org.jmolecules.ddd.types.ValueObject;

/** Something a customer may add to a menu item (extra cheese, bigger size) for a surcharge. */
public record MenuOption(String name, Money price) implements ValueObject {

    public MenuOption {
        name = ShopProfile.requireText(name, "option name", 50);
        Objects.requireNonNull(price, "price");
    }
}
