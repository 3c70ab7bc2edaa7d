package baedal.coupon.domain;

import java.util.Optional;
import java.util.UUID;

/** The coupon module's view of orders, read through the order module's published query port. */
public interface PlacedOrders {

    Optional<OrderBenefitsUsed> find(UUID orderId);
}
