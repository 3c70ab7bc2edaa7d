package baedal.display.adapter.out.shop;

import baedal.display.domain.MenuItem;
import baedal.display.domain.ShopSnapshot;
import baedal.display.domain.WeeklyHours;
import baedal.shop.api.MenuView;
import baedal.shop.api.ShopView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Collectors;

/** Translates the shop module's published views into the display's own model, whichever way they arrived. */
public final class ShopViews {

    private ShopViews() {}

    public static ShopSnapshot snapshot(ShopView view) {
        var hours = new WeeklyHours(
                view.openingHours().stream()
                        .map(h -> new WeeklyHours.Period(
                                DayOfWeek.valueOf(h.day()), LocalTime.parse(h.opens()), LocalTime.parse(h.closes())))
                        .toList(),
                view.breaks().stream()
                        .map(b -> new WeeklyHours.Break(
                                DayOfWeek.valueOf(b.day()), LocalTime.parse(b.starts()), LocalTime.parse(b.ends())))
                        .toList(),
                view.closedDays().stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                view.holidays().stream().map(LocalDate::parse).collect(Collectors.toSet()));
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
                view.deliveryFeeTiers().stream()
                        .map(t -> new ShopSnapshot.FeeTier(t.upToMeters(), t.fee()))
                        .toList(),
                view.open(),
                hours,
                ZoneId.of(view.zone()));
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
