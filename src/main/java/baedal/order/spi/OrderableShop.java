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
        List<OrderableFeeTier> deliveryFeeTiers,
        List<OrderableMenu> menus,
        long version) {

    public OrderableShop {
        deliveryFeeTiers = deliveryFeeTiers == null ? List.of() : List.copyOf(deliveryFeeTiers);
        menus = List.copyOf(menus);
    }

    /** The fee for addresses up to {@code upToMeters} from the shop (beyond the tier before), in KRW. */
    public record OrderableFeeTier(int upToMeters, long fee) {}

    /** Whether the point lies inside the shop's delivery radius. */
    public boolean deliversTo(double lat, double lng) {
        return new GeoPoint(this.lat, this.lng).distanceMetersTo(new GeoPoint(lat, lng)) <= deliveryRadiusMeters;
    }

    public Optional<OrderableMenu> menu(UUID menuId) {
        return menus.stream().filter(menu -> menu.menuId().equals(menuId)).findFirst();
    }

    /** A menu with its base price, sold-out flag and option groups. */
    public record OrderableMenu(
            UUID menuId, String name, long price, boolean soldOut, List<OrderableOptionGroup> optionGroups) {

        public OrderableMenu {
            optionGroups = List.copyOf(optionGroups);
        }

        /** Every option of every group, in order. */
        public List<OrderableOption> options() {
            return optionGroups.stream().flatMap(g -> g.options().stream()).toList();
        }

        public Optional<OrderableOption> option(String name) {
            return options().stream()
                    .filter(option -> option.name().equals(name))
                    .findFirst();
        }
    }

    /** A choice to make for a menu: at least {@code minChoices}, at most {@code maxChoices} of its options. */
    public record OrderableOptionGroup(String name, int minChoices, int maxChoices, List<OrderableOption> options) {

        public OrderableOptionGroup {
            options = List.copyOf(options);
        }
    }

    /** An option, its surcharge in KRW, and whether it ran out. */
    public record OrderableOption(String name, long price, boolean soldOut) {}
}
