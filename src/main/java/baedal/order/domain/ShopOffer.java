package baedal.order.domain;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What a shop offers right now, as the order module prices a cart against it. */
public record ShopOffer(
        UUID shopId,
        UUID ownerId,
        String category,
        boolean openNow,
        GeoPoint location,
        int deliveryRadiusMeters,
        Money minOrderAmount,
        Money deliveryFee,
        List<MenuOffer> menus) {

    public ShopOffer {
        menus = List.copyOf(menus);
    }

    public boolean deliversTo(GeoPoint point) {
        return location.distanceMetersTo(point) <= deliveryRadiusMeters;
    }

    public Optional<MenuOffer> menu(UUID menuId) {
        return menus.stream().filter(menu -> menu.menuId().equals(menuId)).findFirst();
    }

    /** A menu with its price in KRW, options and sold-out flag. */
    public record MenuOffer(
            UUID menuId, String name, Money price, boolean soldOut, List<OrderLine.ChosenOption> options) {

        public MenuOffer {
            options = List.copyOf(options);
        }

        public Optional<OrderLine.ChosenOption> option(String name) {
            return options.stream().filter(option -> option.name().equals(name)).findFirst();
        }
    }
}
