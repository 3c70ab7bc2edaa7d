package baedal.shop.api;

import java.util.List;
import java.util.UUID;

/**
 * Current state of a shop. Money is integer KRW, coordinates are decimal degrees; {@code open} is the
 * owner's switch, {@code openingHours} the weekly schedule (both must hold for the shop to take orders).
 */
public record ShopView(
        UUID id,
        UUID ownerId,
        String name,
        String category,
        String address,
        double lat,
        double lng,
        int deliveryRadiusMeters,
        long minOrderAmount,
        long deliveryFee,
        List<OpeningHoursView> openingHours,
        boolean open,
        long version) {

    /** Opening hours of one weekday; {@code closes} before {@code opens} means past midnight. */
    public record OpeningHoursView(String day, String opens, String closes) {}
}
