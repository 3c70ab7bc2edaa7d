package baedal.display.domain;

import baedal.kernel.FlatOptions;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A menu as customers see it, with its option groups and the version of the menu it was copied from. */
public record MenuItem(
        UUID menuId,
        long version,
        String name,
        long price,
        String group,
        List<OptionGroup> optionGroups,
        boolean soldOut) {

    public MenuItem {
        optionGroups = optionGroups == null ? List.of() : List.copyOf(optionGroups);
    }

    /** A menu whose options come as a flat list, any of which may be picked: one optional group. */
    public static MenuItem withOptions(
            UUID menuId, long version, String name, long price, String group, List<Option> options, boolean soldOut) {
        return new MenuItem(menuId, version, name, price, group, OptionGroup.anyOf(options), soldOut);
    }

    /** Every option of every group, in order. */
    public List<Option> options() {
        return optionGroups.stream().flatMap(g -> g.options().stream()).toList();
    }

    /** A choice to make for the menu: at least {@code minChoices}, at most {@code maxChoices} of its options. */
    public record OptionGroup(String name, int minChoices, int maxChoices, List<Option> options) {

        public OptionGroup {
            options = List.copyOf(options);
        }

        static List<OptionGroup> anyOf(@Nullable List<Option> options) {
            return options == null || options.isEmpty()
                    ? List.of()
                    : List.of(new OptionGroup(FlatOptions.GROUP, 0, options.size(), options));
        }
    }

    /** An option, its surcharge in KRW, and whether it ran out. */
    public record Option(String name, long price, boolean soldOut) {

        public Option(String name, long price) {
            this(name, price, false);
        }
    }
}
