package baedal.display.query;

import baedal.order.api.OrderableShop;
import baedal.order.api.OrderableShop.OrderableMenu;
import baedal.order.api.OrderableShop.OrderableOption;
import baedal.order.api.OrderableShops;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Application;
import org.springframework.stereotype.Service;

/** Provides the order module's {@link OrderableShops} port from the in-memory read model. */
@Application
@Service
class DisplayOrderableShops implements OrderableShops {

    private final DisplayReadModel model;

    DisplayOrderableShops(DisplayReadModel model) {
        this.model = model;
    }

    @Override
    public Optional<OrderableShop> findOrderableShop(UUID shopId) {
        var now = model.localNow();
        return model.document(shopId)
                .flatMap(document -> model.shopDetail(shopId).map(detail -> {
                    var shop = document.shop();
                    var menus = detail.menus().stream()
                            .map(menu -> new OrderableMenu(
                                    menu.id(),
                                    menu.name(),
                                    menu.price(),
                                    menu.soldOut(),
                                    menu.options().stream()
                                            .map(o -> new OrderableOption(o.name(), o.price()))
                                            .toList()))
                            .toList();
                    return new OrderableShop(
                            shop.shopId(),
                            shop.ownerId(),
                            shop.name(),
                            shop.category(),
                            document.isOpenAt(now),
                            shop.lat(),
                            shop.lng(),
                            shop.deliveryRadiusMeters(),
                            shop.minOrderAmount(),
                            shop.deliveryFee(),
                            menus,
                            shop.version());
                }));
    }
}
