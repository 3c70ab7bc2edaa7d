package baedal.shop.api;

import java.util.List;
import java.util.UUID;

/**
 * Current state of a shop. Money is integer KRW, coordinates are decimal degrees; {@code open} is the owner's switch,
 * the schedule ({@code openingHours}, {@code breaks}, {@code closedDays}, {@code holidays}, in {@code zone}) says when
 * the kitchen runs (both must hold for the shop to take orders). The delivery fee is that of the first of
 * {@code deliveryFeeTiers} reaching the address, else {@code deliveryFee}.
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
        List<FeeTierView> deliveryFeeTiers,
        List<OpeningHoursView> openingHours,
        List<BreakView> breaks,
        List<String> closedDays,
        List<String> holidays,
        String zone,
        boolean open,
        long version) {

    public ShopView {
        deliveryFeeTiers = deliveryFeeTiers == null ? List.of() : List.copyOf(deliveryFeeTiers);
        openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
        closedDays = closedDays == null ? List.of() : List.copyOf(closedDays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        zone = zone == null ? "Asia/Seoul" : zone;
    }

    /** An opening period on a weekday; {@code closes} before {@code opens} means past midnight, equal all day. */
    public record OpeningHoursView(String day, String opens, String closes) {}

    /** A break time on a weekday, within the day. */
    public record BreakView(String day, String starts, String ends) {}

    /** The fee for addresses up to {@code upToMeters} away (beyond the tier before). */
    public record FeeTierView(int upToMeters, long fee) {}
}
