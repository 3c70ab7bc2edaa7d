package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A delivered order is reviewed, answered and shown in the shop's rating, over real HTTP with the demo accounts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReviewEndToEndTests {

    @LocalServerPort
    int port;

    @Test
    void theCustomerReviewsADeliveredOrderTheOwnerRepliesAndTheDisplayShowsTheRating() throws Exception {
        var api = new ApiClient(port);
        var customer = api.token("customer3");
        var owner = api.token("owner2");
        var rider = api.token("rider1");
        var opened = api.openShop(owner, "Review Chicken", 10000);
        var shop = opened.shopId();

        var order = api.placeOrder(customer, opened);
        var review = """
                {"rating":4,"text":"Crispy, came hot"}""";
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.status(order, customer).equals("PAID"));
        assertThat(api.send("POST", "/api/orders/" + order + "/review", customer, review)
                        .statusCode())
                .as("not delivered yet")
                .isEqualTo(404);
        api.deliver(shop, order, customer, owner, rider);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.status(order, customer).equals("DELIVERED"));

        var written = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> api.send("POST", "/api/orders/" + order + "/review", customer, review),
                        r -> r.statusCode() == 201);
        var reviewId = api.json(written).get("id").asString();
        assertThat(api.send("POST", "/api/orders/" + order + "/review", customer, review)
                        .statusCode())
                .isEqualTo(409);
        assertThat(api.send("POST", "/api/orders/" + order + "/review", customer, "{\"rating\":9,\"text\":\"x\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.send("POST", "/api/reviews/" + reviewId + "/reply", api.token("owner1"), "{\"text\":\"Hi\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.send("POST", "/api/reviews/" + reviewId + "/reply", owner, "{\"text\":\"Thank you!\"}")
                        .statusCode())
                .isEqualTo(200);

        var reviews = api.json(api.send("GET", "/api/shops/" + shop + "/reviews", null, null));
        assertThat(reviews.get("totalItems").asLong()).isEqualTo(1);
        assertThat(reviews.get("items").get(0).get("reply").asString()).isEqualTo("Thank you!");
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            var detail = api.json(api.send("GET", "/api/display/shops/" + shop, null, null));
            return detail.get("reviewCount").asInt() == 1
                    && detail.get("rating").asDouble() == 4.0;
        });
    }
}
