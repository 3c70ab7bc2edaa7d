package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A customer watches an order go from PLACED to DELIVERED over Server-Sent Events while the shop's owner watches the
 * shop's orders arrive; both streams are authorized like the REST endpoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OrderEventsEndToEndTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<ServerSentEvents> streams = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        streams.forEach(ServerSentEvents::close);
    }

    @Test
    void theCustomerSeesEveryStepAndTheOwnerSeesTheNewOrder() throws Exception {
        var api = new ApiClient(port);
        var owner = api.token("owner1");
        var customer = api.token("customer1");
        var rider = api.token("rider1");
        var shop = api.openShop(owner, "Live Board Chicken", 10_000);
        var board = open("/api/shops/" + shop.shopId() + "/orders/events", owner);

        var order = api.placeOrder(customer, shop);
        var tracking = open("/api/orders/" + order + "/events", customer);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.status(order, customer).equals("PAID"));
        await().atMost(Duration.ofSeconds(5)).until(() -> tracking.names().contains("PAID"));
        assertThat(board.events())
                .anySatisfy(event -> assertThat(event).contains("event:PLACED").contains(order));
        api.deliver(shop.shopId(), order, customer, owner, rider);

        await().atMost(Duration.ofSeconds(5)).until(() -> tracking.names().contains("DELIVERED"));
        assertThat(tracking.names()).containsExactly("PLACED", "PAID", "ACCEPTED", "PICKED_UP", "DELIVERED");
        assertThat(tracking.events().get(4)).contains("\"orderId\":\"" + order + "\"");
        await().atMost(Duration.ofSeconds(5)).until(() -> board.names().contains("DELIVERED"));
        assertThat(board.names()).containsSubsequence("PLACED", "PAID", "ACCEPTED", "PICKED_UP", "DELIVERED");
    }

    @Test
    void streamsAreAuthorizedLikeTheRestOfTheOrderApi() throws Exception {
        var api = new ApiClient(port);
        var owner = api.token("owner1");
        var shop = api.openShop(owner, "Guarded Board Chicken", 10_000);
        var order = api.placeOrder(api.token("customer1"), shop);

        assertThat(status("/api/orders/" + order + "/events", null)).isEqualTo(401);
        assertThat(status("/api/orders/" + order + "/events", api.token("customer2")))
                .isEqualTo(403);
        assertThat(status("/api/orders/00000000-0000-0000-0000-000000000001/events", api.token("customer2")))
                .isEqualTo(404);
        assertThat(status("/api/shops/" + shop.shopId() + "/orders/events", api.token("owner2")))
                .isEqualTo(403);
        assertThat(status("/api/shops/" + shop.shopId() + "/orders/events", api.token("customer1")))
                .isEqualTo(403);
        assertThat(status("/api/orders/not-a-uuid/events", api.token("customer1")))
                .isEqualTo(400);
    }

    private int status(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/event-stream, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return response.statusCode();
    }

    private ServerSentEvents open(String path, String token) throws Exception {
        var stream = ServerSentEvents.open(port, path, token);
        streams.add(stream);
        return stream;
    }
}
