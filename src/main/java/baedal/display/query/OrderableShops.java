package baedal.display.query;

import baedal.display.api.DisplayQueries;
import baedal.display.api.OrderableShop;
import baedal.display.api.OrderableShop.OrderableMenu;
import baedal.display.api.OrderableShop.OrderableOption;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Application;
import org.springframework.stereotype.Service;

/** Serves {@link DisplayQueries} from the in-memory read model. */
@Application
@Service
class OrderableShops implements DisplayQueries {

    private final DisplayReadModel model;

    OrderableShops(DisplayReadModel model) {
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
