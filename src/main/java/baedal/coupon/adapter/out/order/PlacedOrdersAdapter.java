package baedal.coupon.adapter.out.order;

import baedal.coupon.domain.OrderBenefitsUsed;
import baedal.coupon.domain.PlacedOrders;
import baedal.order.api.OrderQueries;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.stereotype.Component;

/** Reads orders through the order module's published query port, in process. */
@SecondaryAdapter
@Component
class PlacedOrdersAdapter implements PlacedOrders {

    private final OrderQueries orders;

    PlacedOrdersAdapter(OrderQueries orders) {
        this.orders = orders;
    }

    @Override
    public Optional<OrderBenefitsUsed> find(UUID orderId, long version) {
        return orders.findOrder(orderId, version)
                .map(order -> new OrderBenefitsUsed(
                        order.id(), order.customerId(), order.couponId(), order.pointsUsed(), order.paymentAmount()));
    }
}
