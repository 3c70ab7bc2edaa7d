package baedal.shop.domain;

import baedal.kernel.FlatOptions;
import java.util.HashSet;
import java.util.List;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A choice the customer makes for a menu: "Size" (exactly one), "Sauce" (up to three), "Extra" (any, or none).
 * A customer picks at least {@code minChoices} and at most {@code maxChoices} of its options; option names are unique
 * within the group.
 */
public record MenuOptionGroup(String name, int minChoices, int maxChoices, List<MenuOption> options)
        implements ValueObject {

    public static final int MAX_OPTIONS = 30;

    public MenuOptionGroup {
        name = ShopProfile.requireText(name, "option group name", 50);
        options = List.copyOf(options);
        if (options.isEmpty() || options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("option group '%s' has 1 to %d options".formatted(name, MAX_OPTIONS));
        }
        if (minChoices < 0 || maxChoices < 1 || minChoices > maxChoices || maxChoices > options.size()) {
            throw new IllegalArgumentException(
                    "option group '%s' needs 0 <= minChoices <= maxChoices <= %d options, and maxChoices >= 1"
                            .formatted(name, options.size()));
        }
        var names = new HashSet<String>();
        for (var option : options) {
            if (!names.add(option.name())) {
                throw new IllegalArgumentException(
                        "option '%s' is listed twice in group '%s'".formatted(option.name(), name));
            }
        }
    }

    /** A flat list of options as older clients send it: any of them, or none. */
    public static MenuOptionGroup anyOf(List<MenuOption> options) {
        return new MenuOptionGroup(FlatOptions.GROUP, 0, options.size(), options);
    }
}
