package baedal.shop.application;

import baedal.shop.api.MenuView;
import baedal.shop.api.MenuView.OptionGroupView;
import baedal.shop.api.MenuView.OptionView;
import baedal.shop.api.ShopQueries;
import baedal.shop.api.ShopView;
import baedal.shop.api.ShopView.BreakView;
import baedal.shop.api.ShopView.FeeTierView;
import baedal.shop.api.ShopView.OpeningHoursView;
import baedal.shop.domain.Menu;
import baedal.shop.domain.MenuId;
import baedal.shop.domain.Menus;
import baedal.shop.domain.OwnerId;
import baedal.shop.domain.Shop;
import baedal.shop.domain.ShopId;
import baedal.shop.domain.Shops;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Application;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Serves the published {@link ShopQueries} from the shop module's own store. */
@Application
@Service
@Transactional(readOnly = true)
class ShopDirectory implements ShopQueries {

    static final int MAX_PAGE_SIZE = 500;

    private final Shops shops;
    private final Menus menus;

    ShopDirectory(Shops shops, Menus menus) {
        this.shops = shops;
        this.menus = menus;
    }

    @Override
    public Optional<ShopView> findShop(UUID shopId) {
        return shops.findById(new ShopId(shopId)).map(ShopDirectory::view);
    }

    @Override
    public List<MenuView> findMenus(UUID shopId) {
        return menus.findByShop(new ShopId(shopId)).stream()
                .map(ShopDirectory::view)
                .sorted(Comparator.comparing(MenuView::group).thenComparing(MenuView::name))
                .toList();
    }

    @Override
    public Optional<MenuView> findMenu(UUID menuId) {
        return menus.findById(new MenuId(menuId)).map(ShopDirectory::view);
    }

    @Override
    public List<ShopView> findShops(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size within 1.." + MAX_PAGE_SIZE);
        }
        return shops.findPage(page, size).stream().map(ShopDirectory::view).toList();
    }

    @Override
    public List<ShopView> findShopsOf(UUID ownerId) {
        return shops.findByOwner(new OwnerId(ownerId)).stream()
                .map(ShopDirectory::view)
                .toList();
    }

    static ShopView view(Shop shop) {
        var profile = shop.profile();
        var schedule = profile.openingHours();
        var hours = schedule.periods().stream()
                .map(period -> new OpeningHoursView(
                        period.day().name(),
                        period.opens().toString(),
                        period.closes().toString()))
                .toList();
        return new ShopView(
                shop.getId().id(),
                shop.ownerId().id(),
                profile.name(),
                profile.category().name(),
                profile.address(),
                profile.location().lat(),
                profile.location().lng(),
                profile.deliveryRadiusMeters(),
                profile.minOrderAmount().won(),
                profile.deliveryFee().won(),
                profile.deliveryFeeTiers().stream()
                        .map(tier ->
                                new FeeTierView(tier.upToMeters(), tier.fee().won()))
                        .toList(),
                hours,
                schedule.breaks().stream()
                        .map(b -> new BreakView(
                                b.day().name(), b.starts().toString(), b.ends().toString()))
                        .toList(),
                schedule.closedDays().stream().sorted().map(Enum::name).toList(),
                schedule.holidays().stream().map(Object::toString).toList(),
                profile.zone().getId(),
                shop.isOpen(),
                shop.version());
    }

    static MenuView view(Menu menu) {
        var details = menu.details();
        var groups = details.optionGroups().stream()
                .map(g -> new OptionGroupView(
                        g.name(),
                        g.minChoices(),
                        g.maxChoices(),
                        g.options().stream()
                                .map(o -> new OptionView(o.name(), o.price().won(), o.soldOut()))
                                .toList()))
                .toList();
        return new MenuView(
                menu.getId().id(),
                menu.shopId().id(),
                details.name(),
                details.price().won(),
                details.group(),
                null,
                groups,
                menu.isSoldOut(),
                menu.version());
    }
}
