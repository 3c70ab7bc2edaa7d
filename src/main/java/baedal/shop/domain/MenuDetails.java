package baedal.shop.domain;

import baedal.kernel.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.types.ValueObject;

/**
 * What a menu offers: name, base price, the group it is listed under on the menu board, and the option groups a
 * customer chooses from (unique by name).
 */
public record MenuDetails(String name, Money price, String group, List<MenuOptionGroup> optionGroups)
        implements ValueObject {

    public static final int MAX_OPTION_GROUPS = 10;
    public static final int MAX_OPTIONS = 30;

    public MenuDetails {
        name = ShopProfile.requireText(name, "menu name", 100);
        Objects.requireNonNull(price, "price");
        group = ShopProfile.requireText(group, "menu group", 50);
        optionGroups = List.copyOf(optionGroups);
        if (optionGroups.size() > MAX_OPTION_GROUPS) {
            throw new IllegalArgumentException("a menu has at most " + MAX_OPTION_GROUPS + " option groups");
        }
        var names = new HashSet<String>();
        for (var optionGroup : optionGroups) {
            if (!names.add(optionGroup.name())) {
                throw new IllegalArgumentException("option group '" + optionGroup.name() + "' is listed twice");
            }
        }
    }

    /** A menu with a flat list of options, any of which may be picked: one optional group. */
    public static MenuDetails withOptions(String name, Money price, String group, List<MenuOption> options) {
        return new MenuDetails(
                name, price, group, options.isEmpty() ? List.of() : List.of(MenuOptionGroup.anyOf(options)));
    }

    /** Every option of every group, in order. */
    public List<MenuOption> options() {
        return optionGroups.stream().flatMap(g -> g.options().stream()).toList();
    }
}
