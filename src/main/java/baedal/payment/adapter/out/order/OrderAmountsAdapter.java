package baedal.payment.adapter.out.order;

import baedal.kernel.Money;
import baedal.order.api.OrderQueries;
import baedal.payment.domain.OrderAmounts;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Reads amounts through the order module's published query port, in process. */
@SecondaryAdapter
@Component
@ConditionalOnProperty(name = "baedal.payment.orders.mode", havingValue = "in-process", matchIfMissing = true)
class OrderAmountsAdapter implements OrderAmounts {

    private final OrderQueries orders;

    OrderAmountsAdapter(OrderQueries orders) {
        this.orders = orders;
    }

    @Override
    public Optional<Money> paymentAmount(UUID orderId, long version) {
        return orders.findOrder(orderId, version).map(order -> Money.won(order.paymentAmount()));
    }

    @Override
    public Optional<UUID> customerOf(UUID orderId) {
        return orders.findOrder(orderId).map(order -> order.customerId());
    }
}
