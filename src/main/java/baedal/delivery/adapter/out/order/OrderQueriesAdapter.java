package baedal.delivery.adapter.out.order;

import baedal.delivery.domain.DeliveryOrders;
import baedal.kernel.GeoPoint;
import baedal.order.api.OrderQueries;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Reads orders through the order module's published query port, in process; nothing when order runs elsewhere. */
@SecondaryAdapter
@Component
class OrderQueriesAdapter implements DeliveryOrders {

    private final ObjectProvider<OrderQueries> orders;

    OrderQueriesAdapter(ObjectProvider<OrderQueries> orders) {
        this.orders = orders;
    }

    @Override
    public Optional<DeliveryOrder> find(UUID orderId, long version) {
        var queries = orders.getIfAvailable();
        return queries == null
                ? Optional.empty()
                : queries.findOrder(orderId, version)
                        .map(order -> new DeliveryOrder(
                                order.number(),
                                order.deliveryAddress(),
                                order.customerId(),
                                order.shopId(),
                                new GeoPoint(order.lat(), order.lng())));
    }
}
