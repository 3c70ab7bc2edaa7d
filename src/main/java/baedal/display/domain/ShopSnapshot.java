package baedal.display.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A shop's own state as its publisher reports it, at {@code version}: its hours are kept in {@code zone}, its fee is
 * that of the first of {@code deliveryFeeTiers} reaching the address, else {@code deliveryFee}.
 */
public record ShopSnapshot(
        UUID shopId,
        UUID ownerId,
        long version,
        String name,
        String category,
        String address,
        double lat,
        double lng,
        int deliveryRadiusMeters,
        long minOrderAmount,
        long deliveryFee,
        List<FeeTier> deliveryFeeTiers,
        boolean openFlag,
        WeeklyHours hours,
        ZoneId zone) {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    public ShopSnapshot {
        deliveryFeeTiers = deliveryFeeTiers == null ? List.of() : List.copyOf(deliveryFeeTiers);
        zone = zone == null ? SEOUL : zone;
    }

    /** The delivery fee for addresses up to {@code upToMeters} from the shop (beyond the tier before). */
    public record FeeTier(int upToMeters, long fee) {}
}
