package baedal.payment.adapter.out.order;

import baedal.kernel.Money;
import baedal.order.api.OrderView;
import baedal.payment.domain.OrderAmounts;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Reads amounts through the order module's published query port at its internal HTTP endpoint, where payment runs in
 * a deployment of its own; any failure but "no such order" propagates, so the charge stays in the outbox.
 */
@SecondaryAdapter
class OrderAmountsHttpAdapter implements OrderAmounts {

    private final RestClient http;

    OrderAmountsHttpAdapter(RestClient http) {
        this.http = http;
    }

    @Override
    public Optional<Money> paymentAmount(UUID orderId, long version) {
        return order(orderId, version).map(order -> Money.won(order.paymentAmount()));
    }

    @Override
    public Optional<UUID> customerOf(UUID orderId) {
        return order(orderId, 0).map(OrderView::customerId);
    }

    private Optional<OrderView> order(UUID orderId, long version) {
        try {
            return Optional.ofNullable(http.get()
                    .uri(uri -> uri.path("/internal/orders/{id}")
                            .queryParam("version", version)
                            .build(orderId))
                    .retrieve()
                    .body(OrderView.class));
        } catch (HttpClientErrorException.NotFound none) {
            return Optional.empty();
        }
    }
}
