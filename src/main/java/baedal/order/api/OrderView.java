package baedal.order.api;

import java.util.UUID;

/** An order's current state as other modules need it; money in KRW. */
public record OrderView(
        UUID id,
        UUID customerId,
        UUID shopId,
        String status,
        long totalAmount,
        long discountAmount,
        long paymentAmount,
        long version) {}
