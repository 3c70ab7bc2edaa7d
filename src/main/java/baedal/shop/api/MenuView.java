package baedal.shop.api;

import java.util.List;
import java.util.UUID;

/** Current state of a menu: price in KRW, its group on the menu board, options and the sold-out flag. */
public record MenuView(
        UUID id,
        UUID shopId,
        String name,
        long price,
        String group,
        List<OptionView> options,
        boolean soldOut,
        long version) {

    /** An option a customer may pick, with its surcharge in KRW. */
    public record OptionView(String name, long price) {}
}
