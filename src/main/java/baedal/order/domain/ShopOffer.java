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
        List<FeeTier> deliveryFeeTiers,
        List<MenuOffer> menus) {

    public ShopOffer {
        deliveryFeeTiers = List.copyOf(deliveryFeeTiers);
        menus = List.copyOf(menus);
    }

    public boolean deliversTo(GeoPoint point) {
        return location.distanceMetersTo(point) <= deliveryRadiusMeters;
    }

    /** The fee of the first tier that reaches the point, else the shop's delivery fee. */
    public Money deliveryFeeTo(GeoPoint point) {
        var meters = location.distanceMetersTo(point);
        return deliveryFeeTiers.stream()
                .filter(tier -> meters <= tier.upToMeters())
                .findFirst()
                .map(FeeTier::fee)
                .orElse(deliveryFee);
    }

    /** The delivery fee for addresses up to {@code upToMeters} from the shop (beyond the tier before). */
    public record FeeTier(int upToMeters, Money fee) {}

    public Optional<MenuOffer> menu(UUID menuId) {
        return menus.stream().filter(menu -> menu.menuId().equals(menuId)).findFirst();
    }

    /** A menu with its price in KRW, sold-out flag and option groups. */
    public record MenuOffer(UUID menuId, String name, Money price, boolean soldOut, List<OptionGroupOffer> groups) {

        public MenuOffer {
            groups = List.copyOf(groups);
        }

        public Optional<OptionGroupOffer> group(String name) {
            return groups.stream().filter(group -> group.name().equals(name)).findFirst();
        }

        /** The groups that have an option of this name. */
        public List<OptionGroupOffer> groupsWith(String option) {
            return groups.stream()
                    .filter(group -> group.option(option).isPresent())
                    .toList();
        }
    }

    /** A choice to make for a menu: at least {@code minChoices}, at most {@code maxChoices} of its options. */
    public record OptionGroupOffer(String name, int minChoices, int maxChoices, List<OptionOffer> options) {

        public OptionGroupOffer {
            options = List.copyOf(options);
        }

        public Optional<OptionOffer> option(String name) {
            return options.stream().filter(option -> option.name().equals(name)).findFirst();
        }
    }

    /** An option with its surcharge in KRW, and whether it ran out. */
    public record OptionOffer(String name, Money price, boolean soldOut) {}
}
