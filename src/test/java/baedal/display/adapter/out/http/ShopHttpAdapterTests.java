package baedal.display.adapter.out.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * How the HTTP adapters behave when the deployment behind them does not answer as hoped: "no such shop" is an
 * answer, anything else is a failure that leaves the event in the outbox for a retry, never an empty result.
 */
class ShopHttpAdapterTests {

    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> body = new AtomicReference<>("");
    private HttpServer server;
    private RestClient http;

    @BeforeEach
    void startUpstream() throws Exception {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            var bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        http = RestClient.create("http://localhost:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopUpstream() {
        server.stop(0);
    }

    @Test
    void readsAShopAndIgnoresFieldsItDoesNotKnow() {
        var id = UUID.randomUUID();
        body.set("""
                {"id":"%s","ownerId":"%s","name":"Kyochon","category":"CHICKEN","address":"Jamsil-ro 1",
                 "lat":37.5,"lng":127.1,"deliveryRadiusMeters":2000,"minOrderAmount":15000,"deliveryFee":3000,
                 "openingHours":[{"day":"MONDAY","opens":"10:00","closes":"22:00"}],"open":true,"version":4,
                 "addedInANewerVersion":"ignored"}""".formatted(id, UUID.randomUUID()));

        var shop = new ShopHttpAdapter(http).findShop(id).orElseThrow();

        assertThat(shop.name()).isEqualTo("Kyochon");
        assertThat(shop.version()).isEqualTo(4);
        assertThat(shop.hours().periods()).hasSize(1);
    }

    @Test
    void answersNothingWhenTheShopIsNotThere() {
        status.set(404);
        body.set("{\"title\":\"Not Found\",\"status\":404}");

        assertThat(new ShopHttpAdapter(http).findShop(UUID.randomUUID())).isEmpty();
    }

    @Test
    void failsWhenTheUpstreamFails() {
        status.set(503);

        assertThatThrownBy(() -> new ShopHttpAdapter(http).findShop(UUID.randomUUID()))
                .isInstanceOf(RestClientException.class);
        assertThatThrownBy(() -> new ShopHttpAdapter(http).findMenus(UUID.randomUUID()))
                .isInstanceOf(RestClientException.class);
        assertThatThrownBy(() -> new RatingHttpAdapter(http).ratingOf(UUID.randomUUID()))
                .isInstanceOf(RestClientException.class);
        assertThatThrownBy(() -> new AdHttpAdapter(http).tierOf(UUID.randomUUID()))
                .isInstanceOf(RestClientException.class);
    }

    @Test
    void failsWhenTheUpstreamIsUnreachable() {
        server.stop(0);

        assertThatThrownBy(() -> new ShopHttpAdapter(http).findShops(0, 10)).isInstanceOf(RestClientException.class);
    }
}
