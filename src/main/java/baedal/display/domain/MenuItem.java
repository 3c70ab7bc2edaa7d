package baedal.display.domain;

import java.util.List;
import java.util.UUID;

/** A menu as customers see it, with the version of the menu it was copied from. */
public record MenuItem(
        UUID menuId, long version, String name, long price, String group, List<Option> options, boolean soldOut) {

    public MenuItem {
        options = List.copyOf(options);
    }

    /** An option and its surcharge in KRW. */
    public record Option(String name, long price) {}
}
