package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for end-to-end tests against the running application on a random port. */
final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    /** Signs a demo account in and returns its bearer token. */
    String token(String username) throws Exception {
        var response = send(
                "POST",
                "/api/auth/token",
                null,
                "{\"username\":\"%s\",\"password\":\"demo1234!\"}".formatted(username));
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response).get("accessToken").asString();
    }

    /** Signs up a customer of its own (so that counts of its orders are the test's alone) and returns its token. */
    String newCustomer() throws Exception {
        var username = "c" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var signup = send("POST", "/api/auth/signup", null, """
                {"username":"%s","password":"demo1234!","role":"CUSTOMER","displayName":"Test customer"}""".formatted(username));
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        return token(username);
    }

    HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return send(method, path, token, body, Map.of());
    }

    HttpResponse<String> send(String method, String path, String token, String body, Map<String, String> headers)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::setHeader);
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        DescribedResponses.check(port, method, path, response);
        return response;
    }

    /**
     * Registers a shop for the owner that takes orders around the clock, with one menu (Fried Chicken, 18,000 KRW),
     * opens it, and returns once the display shows the menu.
     */
    OpenShop openShop(String owner, String name, long minOrderAmount) throws Exception {
        return openShop(owner, name, minOrderAmount, this);
    }

    /** As {@link #openShop(String, String, long)}, waiting for the menu on the display served by {@code display}. */
    OpenShop openShop(String owner, String name, long minOrderAmount, ApiClient display) throws Exception {
        var shop = json(send("POST", "/api/shops", owner, shop(name, minOrderAmount)))
                .get("id")
                .asString();
        var menu = json(send("POST", "/api/shops/" + shop + "/menus", owner, """
                        {"name":"Fried Chicken","price":18000,"group":"Chicken"}"""))
                .get("id")
                .asString();
        send("POST", "/api/shops/" + shop + "/open", owner, null);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> display.send("GET", "/api/display/shops/" + shop, null, null)
                        .body()
                        .contains(menu));
        return new OpenShop(shop, menu);
    }

    /** A shop's registration (or change) that delivers 3 km around Olympic Park and takes orders all day. */
    static String shop(String name, long minOrderAmount) {
        return """
                {"name":"%s","category":"CHICKEN","address":"Olympic-ro 300","lat":37.5133,
                 "lng":127.1001,"deliveryRadiusMeters":3000,"minOrderAmount":%d,"deliveryFee":2000,
                 "openingHours":%s}""".formatted(name, minOrderAmount, OrderLifecycleEndToEndTests.ALL_DAY);
    }

    /** The owner accepts a paid order, and the rider it was dispatched to picks it up and hands it over. */
    void deliver(String shop, String order, String customer, String owner, String rider) throws Exception {
        send("POST", "/api/shops/%s/orders/%s/accept".formatted(shop, order), owner, null);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !json(send("GET", "/api/orders/" + order, customer, null))
                        .get("deliveryId")
                        .isNull());
        var delivery = json(send("GET", "/api/orders/" + order, customer, null))
                .get("deliveryId")
                .asString();
        send("POST", "/api/deliveries/" + delivery + "/pickup", rider, null);
        send("POST", "/api/deliveries/" + delivery + "/complete", rider, null);
    }

    /** The customer orders one of the shop's menu, delivered close by; returns the order's id once it is placed. */
    String placeOrder(String customer, OpenShop shop) throws Exception {
        var placed = order(customer, shop);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        return json(placed).get("id").asString();
    }

    /** The customer's request to order one of the shop's menu, with a fresh idempotency key, however it is answered. */
    HttpResponse<String> order(String customer, OpenShop shop) throws Exception {
        return send(
                "POST",
                "/api/orders",
                customer,
                orderRequest(shop),
                Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
    }

    /** One of the shop's menu, delivered close by. */
    static String orderRequest(OpenShop shop) {
        return """
                {"shopId":"%s","items":[{"menuId":"%s","quantity":1,"optionNames":[]}],
                 "deliveryAddress":"Olympic-ro 240","lat":37.5140,"lng":127.1010}""".formatted(shop.shopId(), shop.menuId());
    }

    /** An order of two lines of the shop's menu (one, then two more), delivered close by, with {@code extra} fields. */
    static String twoLineOrderRequest(OpenShop shop, String extra) {
        return """
                {"shopId":"%s","items":[{"menuId":"%s","quantity":1},{"menuId":"%s","quantity":2}],
                 "deliveryAddress":"Olympic-ro 240","lat":37.5140,"lng":127.1010%s}""".formatted(shop.shopId(), shop.menuId(), shop.menuId(), extra);
    }

    /** An admin's campaign of a fixed discount, valid now, and one of its coupons claimed by the customer. */
    String claimCoupon(String customer, String name, long discount, long minOrderAmount) throws Exception {
        var campaign = json(send("POST", "/api/coupon-campaigns", token("admin"), """
                        {"name":"%s","discountAmount":%d,"minOrderAmount":%d,"totalQuantity":10,
                         "validFrom":"%s","validUntil":"%s"}""".formatted(
                                name,
                                discount,
                                minOrderAmount,
                                java.time.Instant.now().minusSeconds(60),
                                java.time.Instant.now().plus(Duration.ofDays(1)))))
                .get("id")
                .asString();
        var claimed = send("POST", "/api/coupon-campaigns/" + campaign + "/issue", customer, null);
        assertThat(claimed.statusCode()).isEqualTo(201);
        return json(claimed).get("id").asString();
    }

    /** The status of one of the customer's coupons. */
    String couponStatus(String customer, String coupon) throws Exception {
        return json(send("GET", "/api/me/coupons", customer, null))
                .valueStream()
                .filter(c -> c.get("id").asString().equals(coupon))
                .findFirst()
                .orElseThrow()
                .get("status")
                .asString();
    }

    /** The order's status as its customer sees it. */
    String status(String order, String customer) throws Exception {
        return json(send("GET", "/api/orders/" + order, customer, null))
                .get("status")
                .asString();
    }

    /** The customer orders from the shop, it is delivered, and the customer writes the review; returns the order. */
    String orderDeliverAndReview(OpenShop shop, String customer, String owner, String rider, String review)
            throws Exception {
        var order = placeOrder(customer, shop);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> status(order, customer).equals("PAID"));
        deliver(shop.shopId(), order, customer, owner, rider);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> send("POST", "/api/orders/" + order + "/review", customer, review)
                                .statusCode()
                        == 201);
        return order;
    }

    /** A shop open for orders and the id of its one menu. */
    record OpenShop(String shopId, String menuId) {}

    JsonNode json(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
