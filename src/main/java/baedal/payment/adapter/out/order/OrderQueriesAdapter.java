package baedal.payment.adapter.out.order;

import baedal.order.api.OrderQueries;
import baedal.payment.domain.OrderAmounts;
import baedal.shared.kernel.Money;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.stereotype.Component;

/** Reads amounts through the order module's published query port, in process. */
@SecondaryAdapter
@Component
class OrderQueriesAdapter implements OrderAmounts {

    private final OrderQueries orders;

    OrderQueriesAdapter(OrderQueries orders) {
        this.orders = orders;
    }

    @Override
    public Optional<Money> paymentAmount(UUID orderId) {
        return orders.findOrder(orderId).map(order -> Money.won(order.paymentAmount()));
    }

    @Override
    public Optional<UUID> customerOf(UUID orderId) {
        return orders.findOrder(orderId).map(order -> order.customerId());
    }
}
