package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Riders as they work, over HTTP: a rider off shift gets nothing and the accepted order waits, visible to its customer;
 * going on shift near the shop brings it, with an estimated arrival; declining sends it back to the line; bad reports
 * are 4xx problems.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class RidersEndToEndTests {

    static final String NEAR_THE_SHOP = """
            {"lat":37.5140,"lng":127.1001,"available":%s}""";

    @LocalServerPort
    int port;

    private ApiClient api;
    private String customer;
    private String owner;
    private String rider;

    @BeforeEach
    void signIn() throws Exception {
        api = new ApiClient(port);
        customer = api.newCustomer();
        owner = api.token("owner1");
        rider = api.token("rider1");
    }

    @AfterEach
    void riderBackOnShift() throws Exception {
        api.send("PUT", "/api/riders/me/location", rider, NEAR_THE_SHOP.formatted(true));
    }

    @Test
    void anOrderWaitsForARiderAndGoesToTheOneWhoComesOnShiftNearTheShop() throws Exception {
        assertThat(api.send("PUT", "/api/riders/me/location", rider, NEAR_THE_SHOP.formatted(false))
                        .statusCode())
                .isEqualTo(204);
        var shop = api.openShop(owner, "Rider Chicken", 10_000);
        var order = acceptedOrder(shop);

        var waiting = awaitDelivery(order, "WAITING_FOR_RIDER");
        assertThat(waiting.get("waitingSince").isNull()).isFalse();
        assertThat(api.send("GET", "/api/orders/" + order + "/delivery", api.newCustomer(), null)
                        .statusCode())
                .as("another customer")
                .isEqualTo(403);

        assertThat(api.send("PUT", "/api/riders/me/location", rider, NEAR_THE_SHOP.formatted(true))
                        .statusCode())
                .isEqualTo(204);
        var assigned = awaitDelivery(order, "ASSIGNED");
        var arrival = Instant.parse(assigned.get("estimatedArrival").asString());
        assertThat(arrival).isAfter(Instant.parse(assigned.get("assignedAt").asString()));
        var deliveryId = assigned.get("deliveryId").asString();
        var mine = api.json(api.send("GET", "/api/me/deliveries", rider, null));
        assertThat(mine.valueStream().filter(d -> d.get("id").asString().equals(deliveryId)))
                .singleElement()
                .satisfies(d -> assertThat(d.get("estimatedArrival").asString()).isNotBlank());

        var declined = api.send("POST", "/api/deliveries/" + deliveryId + "/decline", rider, null);
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(204);
        awaitDelivery(order, "WAITING_FOR_RIDER");
        assertThat(api.send("POST", "/api/deliveries/" + deliveryId + "/decline", rider, null)
                        .statusCode())
                .as("nothing left to decline")
                .isEqualTo(404);
    }

    @Test
    void badReportsAreProblemsAndChangeNothing() throws Exception {
        var outOfRange = api.send("PUT", "/api/riders/me/location", rider, """
                {"lat":91,"lng":127.1001,"available":true}""");
        assertThat(outOfRange.statusCode()).isEqualTo(400);
        assertThat(outOfRange.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.send("PUT", "/api/riders/me/location", rider, """
                        {"lat":37.5,"lng":127.1}""").statusCode())
                .as("available is required")
                .isEqualTo(400);
        assertThat(api.send("PUT", "/api/riders/me/location", customer, NEAR_THE_SHOP.formatted(true))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.send("GET", "/api/orders/" + java.util.UUID.randomUUID() + "/delivery", customer, null)
                        .statusCode())
                .isEqualTo(404);

        var shop = api.openShop(owner, "Rider Pizza", 10_000);
        var order = acceptedOrder(shop);
        var deliveryId = awaitDelivery(order, "ASSIGNED").get("deliveryId").asString();
        api.send("POST", "/api/deliveries/" + deliveryId + "/pickup", rider, null);
        var tooLate = api.send("POST", "/api/deliveries/" + deliveryId + "/decline", rider, null);
        assertThat(tooLate.statusCode()).as("declining after pick-up").isEqualTo(409);
        assertThat(awaitDelivery(order, "PICKED_UP").get("deliveryId").asString())
                .isEqualTo(deliveryId);
    }

    /** The customer orders from the shop, it is paid and the owner accepts; returns the order id. */
    private String acceptedOrder(ApiClient.OpenShop shop) throws Exception {
        var order = api.placeOrder(customer, shop);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.status(order, customer).equals("PAID"));
        var accepted = api.send("POST", "/api/shops/%s/orders/%s/accept".formatted(shop.shopId(), order), owner, null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        return order;
    }

    private JsonNode awaitDelivery(String order, String status) {
        var seen = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            var response = api.send("GET", "/api/orders/" + order + "/delivery", customer, null);
            if (response.statusCode() != 200) {
                return false;
            }
            seen[0] = api.json(response);
            return seen[0].get("status").asString().equals(status);
        });
        return seen[0];
    }
}
