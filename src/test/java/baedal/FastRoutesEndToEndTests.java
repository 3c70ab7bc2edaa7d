package baedal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.node.ObjectNode;

/**
 * The order and delivery endpoints served ahead of Spring Security and MVC answer exactly as MVC does: the same body
 * for the same order, the same security headers, the same problem details, and every request the routes do not admit
 * is answered by the security chain and MVC. {@code OrderLifecycleThroughMvcEndToEndTests} runs the lifecycle with
 * the routes switched off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class FastRoutesEndToEndTests {

    static final List<String> SECURITY_HEADERS = List.of(
            "X-Content-Type-Options", "X-XSS-Protection", "Cache-Control", "Pragma", "Expires", "X-Frame-Options");

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    ApiClient api;
    String customer;
    String owner;
    ApiClient.OpenShop shop;

    @BeforeEach
    void openAShop() throws Exception {
        api = new ApiClient(port);
        customer = api.token("customer1");
        owner = api.token("owner1");
        shop = api.openShop(owner, "Fast Chicken", 10_000);
    }

    @Test
    void anOrderReadsTheSameThroughTheRouteAsThroughMvc() throws Exception {
        var order = api.placeOrder(customer, shop);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.status(order, customer).equals("PAID"));

        var routed = api.send("GET", "/api/orders/" + order, customer, null);
        var listed = api.send("GET", "/api/shops/" + shop.shopId() + "/orders?status=PAID", owner, null);

        assertThat(routed.statusCode()).isEqualTo(200);
        assertThat(routed.headers().firstValue("Content-Type")).hasValue("application/json");
        var throughMvc = api.json(listed)
                .valueStream()
                .filter(o -> o.get("id").asString().equals(order))
                .findFirst()
                .orElseThrow();
        assertThat(api.json(routed)).isEqualTo(throughMvc);
        assertSameSecurityHeaders(routed, listed);

        var accepted = api.send("POST", "/api/shops/%s/orders/%s/accept".formatted(shop.shopId(), order), owner, null);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(api.json(accepted).get("status").asString()).isEqualTo("ACCEPTED");
        // A rider may be dispatched between the two reads.
        assertThat(without(api.json(accepted), "deliveryId"))
                .isEqualTo(without(api.json(api.send("GET", "/api/orders/" + order, owner, null)), "deliveryId"));
        assertSameSecurityHeaders(accepted, listed);
    }

    @Test
    void errorsOfTheUseCasesAreTheProblemDetailsMvcGives() throws Exception {
        var unknown = UUID.randomUUID();
        var routed = api.send("GET", "/api/orders/" + unknown, customer, null);
        var throughMvc = api.send("POST", "/api/orders/" + unknown + "/cancel", customer, null);

        assertThat(routed.statusCode()).isEqualTo(404);
        assertThat(throughMvc.statusCode()).isEqualTo(404);
        assertThat(routed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(without(api.json(routed), "instance")).isEqualTo(without(api.json(throughMvc), "instance"));
        assertThat(api.json(routed).get("instance").asString()).isEqualTo("/api/orders/" + unknown);
        assertSameSecurityHeaders(routed, throughMvc);

        var order = api.placeOrder(customer, shop);
        var notYours = api.send("GET", "/api/orders/" + order, api.token("customer2"), null);
        assertThat(notYours.statusCode()).isEqualTo(403);
        assertThat(api.json(notYours).get("title").asString()).isEqualTo("Forbidden");
        var otherShop = api.send(
                "POST", "/api/shops/%s/orders/%s/accept".formatted(shop.shopId(), order), api.token("owner2"), null);
        assertThat(otherShop.statusCode()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.status(order, customer).equals("PAID"));
        var rider = api.token("rider1");
        var notDispatched = api.send("POST", "/api/deliveries/" + UUID.randomUUID() + "/pickup", rider, null);
        assertThat(notDispatched.statusCode()).isEqualTo(404);
        assertThat(api.json(notDispatched).get("title").asString()).isEqualTo("Not found");
    }

    @Test
    void requestsTheRoutesDoNotAdmitAreAnsweredByTheSecurityChainAndMvc() throws Exception {
        var order = api.placeOrder(customer, shop);
        var accept = "/api/shops/%s/orders/%s/accept".formatted(shop.shopId(), order);

        var anonymous = api.send("GET", "/api/orders/" + order, null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(api.send("GET", "/api/orders/" + order, "not.a.token", null).statusCode())
                .isEqualTo(401);
        var customerAccepting = api.send("POST", accept, customer, null);
        assertThat(customerAccepting.statusCode()).isEqualTo(403);
        assertThat(api.json(customerAccepting).get("title").asString()).isEqualTo("Forbidden");
        assertThat(api.send("POST", "/api/deliveries/" + UUID.randomUUID() + "/complete", customer, null)
                        .statusCode())
                .isEqualTo(403);
        var malformed = api.send("GET", "/api/orders/not-an-id", customer, null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(api.json(malformed).get("detail").asString()).contains("not-an-id");
        assertThat(api.status(order, customer)).isIn("PLACED", "PAID");
    }

    @Test
    void placingIsRoutedAndBodiesItCannotTakeAreExplainedByMvc() throws Exception {
        var key = UUID.randomUUID().toString();
        var request = ApiClient.orderRequest(shop);
        var placed = api.send("POST", "/api/orders", customer, request, Map.of("Idempotency-Key", key));
        assertThat(placed.statusCode()).isEqualTo(201);
        var order = api.json(placed).get("id").asString();
        assertThat(placed.headers().firstValue("Location")).hasValue("/api/orders/" + order);
        assertThat(api.json(placed).get("status").asString()).isEqualTo("PLACED");
        var again = api.send("POST", "/api/orders", customer, request, Map.of("Idempotency-Key", key));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(api.json(again).get("id").asString()).isEqualTo(order);
        var otherBody = api.send(
                "POST",
                "/api/orders",
                customer,
                request.replace("\"quantity\":1", "\"quantity\":2"),
                Map.of("Idempotency-Key", key));
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(api.json(otherBody).get("title").asString()).isEqualTo("Unprocessable request");

        var noKey = api.send("POST", "/api/orders", customer, request);
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(api.json(noKey).get("detail").asString()).isEqualTo("Header 'Idempotency-Key' is required.");
        var fresh = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        var unknownField = api.send(
                "POST", "/api/orders", customer, request.replace("{\"shopId\"", "{\"tip\":1,\"shopId\""), fresh);
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(api.json(unknownField).get("detail").asString()).isEqualTo("Unknown field 'tip'.");
        var invalid =
                api.send("POST", "/api/orders", customer, request.replace("\"quantity\":1", "\"quantity\":0"), fresh);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(api.json(invalid).get("errors").get(0).get("field").asString())
                .isEqualTo("items[0].quantity");
        var malformed = api.send("POST", "/api/orders", customer, request.substring(0, 20), fresh);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(api.json(malformed).get("title").asString()).isEqualTo("Unreadable request body");
        var notJson = api.send(
                "POST",
                "/api/orders",
                customer,
                request,
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Content-Type", "text/plain"));
        assertThat(notJson.statusCode()).isEqualTo(415);
        var nonsenseType = api.send(
                "POST",
                "/api/orders",
                customer,
                request,
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Content-Type", "application/json;;;="));
        assertThat(nonsenseType.statusCode()).isBetween(400, 499);
        var owner = api.send("POST", "/api/orders", this.owner, request, fresh);
        assertThat(owner.statusCode()).isEqualTo(403);

        var placedCount = meters.find("http.server.requests")
                .tag("uri", "/api/orders")
                .tag("status", "201")
                .timer();
        assertThat(placedCount).isNotNull();
        assertThat(placedCount.count()).isPositive();
    }

    @Test
    void routedRequestsAreMeasuredUnderTheirPattern() throws Exception {
        var order = api.placeOrder(customer, shop);
        api.send("GET", "/api/orders/" + order, customer, null);

        var timer = meters.find("http.server.requests")
                .tag("uri", "/api/orders/{orderId}")
                .tag("method", "GET")
                .tag("status", "200")
                .timer();
        assertThat(timer).isNotNull();
        assertThat(timer.count()).isPositive();
    }

    private static void assertSameSecurityHeaders(HttpResponse<String> routed, HttpResponse<String> throughMvc) {
        for (var header : SECURITY_HEADERS) {
            assertThat(routed.headers().allValues(header))
                    .as(header)
                    .isNotEmpty()
                    .isEqualTo(throughMvc.headers().allValues(header));
        }
    }

    private static ObjectNode without(tools.jackson.databind.JsonNode json, String field) {
        var copy = (ObjectNode) json.deepCopy();
        copy.remove(field);
        return copy;
    }
}
