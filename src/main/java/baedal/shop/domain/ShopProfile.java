package baedal.shop.domain;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import java.util.Objects;
import org.jmolecules.ddd.types.ValueObject;

/** Everything an owner describes about a shop: what it is, where, how far it delivers, and at what terms. */
public record ShopProfile(
        String name,
        ShopCategory category,
        String address,
        GeoPoint location,
        int deliveryRadiusMeters,
        Money minOrderAmount,
        Money deliveryFee,
        OpeningHours openingHours)
        implements ValueObject {

    public static final int MIN_RADIUS_METERS = 100;
    public static final int MAX_RADIUS_METERS = 20_000;

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
        Objects.requireNonNull(openingHours, "openingHours");
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
