package baedal.coupon.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an order asked of the coupon module: its customer, coupon, points, and what was paid. */
public record OrderBenefitsUsed(
        UUID orderId, UUID customerId, @Nullable UUID couponId, long points, long paymentAmount) {}
