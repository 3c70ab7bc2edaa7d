package baedal.shop.api;

import java.util.List;
import java.util.UUID;

/**
 * Current state of a menu: price in KRW, its group on the menu board, its option groups, and the sold-out flag.
 * {@code options} lists every option of every group, in order, for clients that know only a flat list.
 */
public record MenuView(
        UUID id,
        UUID shopId,
        String name,
        long price,
        String group,
        List<OptionView> options,
        List<OptionGroupView> optionGroups,
        boolean soldOut,
        long version) {

    public MenuView {
        optionGroups = optionGroups == null ? List.of() : List.copyOf(optionGroups);
        options = options == null
                ? optionGroups.stream().flatMap(g -> g.options().stream()).toList()
                : List.copyOf(options);
    }

    /** A choice to make for the menu: at least {@code minChoices}, at most {@code maxChoices} of its options. */
    public record OptionGroupView(String name, int minChoices, int maxChoices, List<OptionView> options) {}

    /** An option a customer may pick, with its surcharge in KRW, and whether it ran out. */
    public record OptionView(String name, long price, boolean soldOut) {}
}
