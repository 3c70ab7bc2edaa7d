package baedal.order.adapter.out.display;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import baedal.order.domain.ShopCatalog;
import baedal.order.domain.ShopOffer;
import baedal.order.domain.ShopOffer.MenuOffer;
import baedal.order.domain.ShopOffer.OptionGroupOffer;
import baedal.order.domain.ShopOffer.OptionOffer;
import baedal.order.spi.OrderableShop;
import baedal.order.spi.OrderableShops;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.stereotype.Component;

/** Prices carts against the display module's published read model, in process. */
@SecondaryAdapter
@Component
class DisplayShopCatalog implements ShopCatalog {

    private final OrderableShops display;

    DisplayShopCatalog(OrderableShops display) {
        this.display = display;
    }

    @Override
    public Optional<ShopOffer> findOffer(UUID shopId) {
        return display.findOrderableShop(shopId).map(DisplayShopCatalog::offer);
    }

    static ShopOffer offer(OrderableShop shop) {
        var menus = shop.menus().stream()
                .map(menu -> new MenuOffer(
                        menu.menuId(),
                        menu.name(),
                        Money.won(menu.price()),
                        menu.soldOut(),
                        menu.optionGroups().stream()
                                .map(g -> new OptionGroupOffer(
                                        g.name(),
                                        g.minChoices(),
                                        g.maxChoices(),
                                        g.options().stream()
                                                .map(o -> new OptionOffer(o.name(), Money.won(o.price()), o.soldOut()))
                                                .toList()))
                                .toList()))
                .toList();
        return new ShopOffer(
                shop.shopId(),
                shop.ownerId(),
                shop.category(),
                shop.openNow(),
                new GeoPoint(shop.lat(), shop.lng()),
                shop.deliveryRadiusMeters(),
                Money.won(shop.minOrderAmount()),
                Money.won(shop.deliveryFee()),
                shop.deliveryFeeTiers().stream()
                        .map(t -> new ShopOffer.FeeTier(t.upToMeters(), Money.won(t.fee())))
                        .toList(),
                menus);
    }
}
