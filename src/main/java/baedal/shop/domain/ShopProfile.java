package baedal.shop.domain;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.types.ValueObject;

/**
 * Everything an owner describes about a shop: what it is, where, how far it delivers, and at what terms. The delivery
 * fee depends on the distance when {@code deliveryFeeTiers} are given (ascending; the first that reaches the address
 * applies), and is {@code deliveryFee} beyond them or without them; {@code openingHours} are kept in {@code zone}.
 */
public record ShopProfile(
        String name,
        ShopCategory category,
        String address,
        GeoPoint location,
        int deliveryRadiusMeters,
        Money minOrderAmount,
        Money deliveryFee,
        List<DeliveryFeeTier> deliveryFeeTiers,
        OpeningHours openingHours,
        ZoneId zone)
        implements ValueObject {

    public static final int MIN_RADIUS_METERS = 100;
    public static final int MAX_RADIUS_METERS = 20_000;
    public static final int MAX_FEE_TIERS = 10;
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    public ShopProfile {
        name = requireText(name, "name", 100);
        Objects.requireNonNull(category, "category");
        address = requireText(address, "address", 200);
        Objects.requireNonNull(location, "location");
        if (deliveryRadiusMeters < MIN_RADIUS_METERS || deliveryRadiusMeters > MAX_RADIUS_METERS) {
            throw new IllegalArgumentException(
                    "delivery radius must be between %d and %d meters".formatted(MIN_RADIUS_METERS, MAX_RADIUS_METERS));
        }
        Objects.requireNonNull(minOrderAmount, "minOrderAmount");
        Objects.requireNonNull(deliveryFee, "deliveryFee");
        deliveryFeeTiers = List.copyOf(deliveryFeeTiers);
        if (deliveryFeeTiers.size() > MAX_FEE_TIERS) {
            throw new IllegalArgumentException("a shop has at most " + MAX_FEE_TIERS + " delivery fee tiers");
        }
        var reached = 0;
        for (var tier : deliveryFeeTiers) {
            if (tier.upToMeters() <= reached) {
                throw new IllegalArgumentException(
                        "delivery fee tiers go up in distance: " + tier.upToMeters() + " m after " + reached + " m");
            }
            if (tier.upToMeters() > deliveryRadiusMeters) {
                throw new IllegalArgumentException("a delivery fee tier of " + tier.upToMeters()
                        + " m reaches beyond the delivery radius of " + deliveryRadiusMeters + " m");
            }
            reached = tier.upToMeters();
        }
        Objects.requireNonNull(openingHours, "openingHours");
        Objects.requireNonNull(zone, "zone");
    }

    static String requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        var trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }
}
