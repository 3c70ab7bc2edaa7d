package baedal.payment.adapter.out.order;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where payment running on its own reads orders.
 *
 * @param url base URL of the deployment serving the order module's internal query endpoints
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
@ConfigurationProperties("baedal.payment.orders")
record OrderServiceSettings(URI url, Duration connectTimeout, Duration readTimeout) {

    OrderServiceSettings {
        if (url == null) {
            throw new IllegalStateException(
                    "baedal.payment.orders.url must be set when payment reads orders over http");
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(3) : readTimeout;
    }
}
