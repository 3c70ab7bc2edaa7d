package baedal.order.adapter.out.display;

import baedal.order.domain.ShopInfoUnavailableException;
import baedal.order.spi.OrderableShop;
import baedal.order.spi.OrderableShops;
import baedal.platform.web.ServiceClients;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Provides {@link OrderableShops} from a display that runs in another deployment
 * ({@code baedal.order.orderable-shops.url}). When the display cannot answer, placing an order is refused as
 * temporarily unavailable (503) rather than failing.
 */
@SecondaryAdapter
@Component
@ConditionalOnProperty("baedal.order.orderable-shops.url")
class OrderableShopsHttpClient implements OrderableShops {

    private static final Logger log = LoggerFactory.getLogger(OrderableShopsHttpClient.class);

    private final RestClient http;

    OrderableShopsHttpClient(ServiceClients clients, @Value("${baedal.order.orderable-shops.url}") URI url) {
        this.http = clients.to(url, Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Override
    public Optional<OrderableShop> findOrderableShop(UUID shopId) {
        try {
            return Optional.ofNullable(http.get()
                    .uri("/internal/orderable-shops/{id}", shopId)
                    .retrieve()
                    .body(OrderableShop.class));
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        } catch (RestClientException e) {
            log.warn("Display could not be asked about shop {}: {}", shopId, e.getMessage());
            throw new ShopInfoUnavailableException("Shop information is unavailable right now; try again shortly.");
        }
    }
}
