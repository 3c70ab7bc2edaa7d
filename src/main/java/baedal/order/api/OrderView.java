package baedal.order.api;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order's current state as other modules need it; money in KRW, {@code number} the one people read out, {@code lat}
 * and {@code lng} where it goes.
 */
public record OrderView(
        UUID id,
        UUID customerId,
        UUID shopId,
        String status,
        long totalAmount,
        long discountAmount,
        @Nullable UUID couponId,
        long pointsUsed,
        long paymentAmount,
        long version,
        String number,
        String deliveryAddress,
        double lat,
        double lng) {}
