package baedal.display.adapter.out.shop;

import baedal.display.domain.MenuItem;
import baedal.display.domain.ShopSnapshot;
import baedal.display.domain.ShopSource;
import baedal.display.domain.WeeklyHours;
import baedal.shop.api.MenuView;
import baedal.shop.api.ShopQueries;
import baedal.shop.api.ShopView;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.stereotype.Component;

/**
 * The display's view of the shop module, through shop's published query port, in process. Extracting display
 * replaces this one class with an HTTP client of the same port.
 */
@SecondaryAdapter
@Component
class ShopQueriesAdapter implements ShopSource {

    private final ShopQueries shops;

    ShopQueriesAdapter(ShopQueries shops) {
        this.shops = shops;
    }

    @Override
    public Optional<ShopSnapshot> findShop(UUID shopId) {
        return shops.findShop(shopId).map(ShopQueriesAdapter::snapshot);
    }

    @Override
    public List<MenuItem> findMenus(UUID shopId) {
        return shops.findMenus(shopId).stream().map(ShopQueriesAdapter::item).toList();
    }

    @Override
    public List<ShopSnapshot> findShops(int page, int size) {
        return shops.findShops(page, size).stream()
                .map(ShopQueriesAdapter::snapshot)
                .toList();
    }

    static ShopSnapshot snapshot(ShopView view) {
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

    static MenuItem item(MenuView view) {
        return new MenuItem(
                view.id(),
                view.version(),
                view.name(),
                view.price(),
                view.group(),
                view.options().stream()
                        .map(o -> new MenuItem.Option(o.name(), o.price()))
                        .toList(),
                view.soldOut());
    }
}
