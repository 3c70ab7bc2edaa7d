package baedal.legacy.adapter.out.order;

import baedal.legacy.application.OrderMirror.MirroredOrder;
import baedal.legacy.application.OrderSource;
import baedal.order.api.OrderQueries;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** Reads orders through the order module's published query port, in process. */
@SecondaryAdapter
@Component
@ConditionalOnBooleanProperty("baedal.legacy.enabled")
class OrderSourceAdapter implements OrderSource {

    private final OrderQueries orders;

    OrderSourceAdapter(OrderQueries orders) {
        this.orders = orders;
    }

    @Override
    public Optional<MirroredOrder> find(UUID orderId) {
        return orders.findOrder(orderId)
                .map(o -> new MirroredOrder(
                        o.id(),
                        o.shopId(),
                        o.customerId(),
                        o.status(),
                        o.totalAmount(),
                        o.discountAmount(),
                        o.paymentAmount(),
                        o.version()));
    }
}
