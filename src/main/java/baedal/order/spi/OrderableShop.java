package baedal.order.spi;

import baedal.kernel.GeoPoint;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A shop as a cart sees it: terms in KRW, whether it takes orders right now, and its menus. {@code version} is
 * the shop version the display copied.
 */
public record OrderableShop(
        UUID shopId,
        UUID ownerId,
        String name,
        String category,
        boolean openNow,
        double lat,
        double lng,
        int deliveryRadiusMeters,
        long minOrderAmount,
        long deliveryFee,
        List<OrderableMenu> menus,
        long version) {

    public OrderableShop {
        menus = List.copyOf(menus);
    }

    /** Whether the point lies inside the shop's delivery radius. */
    public boolean deliversTo(double lat, double lng) {
        return new GeoPoint(this.lat, this.lng).distanceMetersTo(new GeoPoint(lat, lng)) <= deliveryRadiusMeters;
    }

    public Optional<OrderableMenu> menu(UUID menuId) {
        return menus.stream().filter(menu -> menu.menuId().equals(menuId)).findFirst();
    }

    /** A menu with its base price, options and sold-out flag. */
    public record OrderableMenu(UUID menuId, String name, long price, boolean soldOut, List<OrderableOption> options) {

        public OrderableMenu {
            options = List.copyOf(options);
        }

        public Optional<OrderableOption> option(String name) {
            return options.stream().filter(option -> option.name().equals(name)).findFirst();
        }
    }

    /** An option and its surcharge in KRW. */
    public record OrderableOption(String name, long price) {}
}
