package baedal.shop.adapter.out.persistence;

import baedal.kernel.Money;
import baedal.shop.adapter.out.persistence.MenuRow.MenuOptionRow;
import baedal.shop.domain.Menu;
import baedal.shop.domain.MenuDetails;
import baedal.shop.domain.MenuId;
import baedal.shop.domain.MenuOption;
import baedal.shop.domain.Menus;
import baedal.shop.domain.ShopId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Stores menus with Spring Data JDBC and publishes the events each menu recorded, inside the caller's transaction. */
@SecondaryAdapter
@Component
class MenuJdbcAdapter implements Menus {

    private final MenuRowRepository menuRows;
    private final ApplicationEventPublisher events;

    MenuJdbcAdapter(MenuRowRepository menuRows, ApplicationEventPublisher events) {
        this.menuRows = menuRows;
        this.events = events;
    }

    @Override
    public Optional<Menu> findById(MenuId id) {
        return menuRows.findById(id.id()).map(MenuJdbcAdapter::toDomain);
    }

    @Override
    public List<Menu> findByShop(ShopId shopId) {
        return menuRows.findByShopId(shopId.id()).stream()
                .map(MenuJdbcAdapter::toDomain)
                .toList();
    }

    @Override
    public Menu save(Menu menu) {
        var details = menu.details();
        var options = details.options().stream()
                .map(o -> new MenuOptionRow(o.name(), o.price().won()))
                .toList();
        var row = new MenuRow(
                menu.getId().id(),
                menu.shopId().id(),
                details.name(),
                details.price().won(),
                details.group(),
                menu.isSoldOut(),
                options,
                menu.version());
        var saved = menuRows.save(row);
        menu.releaseEvents().forEach(events::publishEvent);
        return toDomain(saved);
    }

    private static Menu toDomain(MenuRow row) {
        var options = row.options().stream()
                .map(o -> new MenuOption(o.name(), Money.won(o.price())))
                .toList();
        var details = new MenuDetails(row.name(), Money.won(row.price()), row.menuGroup(), options);
        return Menu.restore(new MenuId(row.id()), new ShopId(row.shopId()), details, row.soldOut(), row.version());
    }
}
