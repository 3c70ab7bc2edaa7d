package baedal.display.adapter.out.shop;

import baedal.display.domain.MenuItem;
import baedal.display.domain.ShopSnapshot;
import baedal.display.domain.WeeklyHours;
import baedal.shop.api.MenuView;
import baedal.shop.api.ShopView;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** Translates the shop module's published views into the display's own model, whichever way they arrived. */
public final class ShopViews {

    private ShopViews() {}

    public static ShopSnapshot snapshot(ShopView view) {
        var hours = new WeeklyHours(view.openingHours().stream()
                .map(h -> new WeeklyHours.Period(
                        DayOfWeek.valueOf(h.day()), LocalTime.parse(h.opens()), LocalTime.parse(h.closes())))
                .toList());
        return new ShopSnapshot(
                view.id(),
                view.ownerId(),
                view.version(),
                view.name(),
                view.category(),
                view.address(),
                view.lat(),
                view.lng(),
                view.deliveryRadiusMeters(),
                view.minOrderAmount(),
                view.deliveryFee(),
                view.open(),
                hours);
    }

    /** A menu; one published before option groups (only a flat list of options) gets them as one optional group. */
    public static MenuItem item(MenuView view) {
        if (view.optionGroups().isEmpty()) {
            return MenuItem.withOptions(
                    view.id(),
                    view.version(),
                    view.name(),
                    view.price(),
                    view.group(),
                    view.options().stream()
                            .map(o -> new MenuItem.Option(o.name(), o.price(), o.soldOut()))
                            .toList(),
                    view.soldOut());
        }
        return new MenuItem(
                view.id(),
                view.version(),
                view.name(),
                view.price(),
                view.group(),
                view.optionGroups().stream()
                        .map(g -> new MenuItem.OptionGroup(
                                g.name(),
                                g.minChoices(),
                                g.maxChoices(),
                                g.options().stream()
                                        .map(o -> new MenuItem.Option(o.name(), o.price(), o.soldOut()))
                                        .toList()))
                        .toList(),
                view.soldOut());
    }
}
