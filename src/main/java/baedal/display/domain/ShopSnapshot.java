package baedal.display.domain;

import java.util.UUID;

/** A shop's own state as its publisher reports it, at {@code version}. */
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
        boolean openFlag,
        WeeklyHours hours) {}
