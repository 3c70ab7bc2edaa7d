package baedal.shop.domain;

import baedal.kernel.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.types.ValueObject;

/** What a menu offers: name, base price, the group it is listed under, and its options (unique by name). */
public record MenuDetails(String name, Money price, String group, List<MenuOption> options) implements ValueObject {

    public static final int MAX_OPTIONS = 30;

    public MenuDetails {
        name = ShopProfile.requireText(name, "menu name", 100);
        Objects.requireNonNull(price, "price");
        group = ShopProfile.requireText(group, "menu group", 50);
        options = List.copyOf(options);
        if (options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("a menu has at most " + MAX_OPTIONS + " options");
        }
        var names = new HashSet<String>();
        for (var option : options) {
            if (!names.add(option.name())) {
                throw new IllegalArgumentException("option '" + option.name() + "' is listed twice");
            }
        }
    }
}
