package baedal.coupon.domain;

import java.util.Optional;
import java.util.UUID;

/** The coupon module's view of orders, read through the order module's published query port. */
public interface PlacedOrders {

    /** The order's benefits and amount, as of its {@code version} or later (0: as it is now). */
    Optional<OrderBenefitsUsed> find(UUID orderId, long version);
}
