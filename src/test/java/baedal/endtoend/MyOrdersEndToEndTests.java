package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A customer pages through their own orders, newest first, and sees nobody else's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class MyOrdersEndToEndTests {

    @LocalServerPort
    int port;

    @Test
    void aCustomerSeesTheirOwnOrdersNewestFirstPageByPage() throws Exception {
        var api = new ApiClient(port);
        var owner = api.token("owner2");
        var customer = api.token("customer3");
        var other = api.token("customer2");
        var shop = api.openShop(owner, "My Orders Chicken", 10_000);
        var placed = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            placed.add(api.placeOrder(customer, shop));
        }

        var first = api.json(api.send("GET", "/api/me/orders?page=0&size=2", customer, null));
        var second = api.json(api.send("GET", "/api/me/orders?page=1&size=2", customer, null));

        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("id").asString()).isEqualTo(placed.get(2));
        assertThat(first.get("items").get(1).get("id").asString()).isEqualTo(placed.get(1));
        assertThat(second.get("items").get(0).get("id").asString()).isEqualTo(placed.get(0));
        var numbers = new java.util.HashSet<String>();
        for (var order : first.get("items")) {
            numbers.add(order.get("number").asString());
        }
        assertThat(numbers).hasSize(2).allMatch(number -> number.matches("B\\d{10,}"));
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);

        var others = api.json(api.send("GET", "/api/me/orders", other, null))
                .get("items")
                .toString();
        assertThat(placed).noneMatch(others::contains);
        assertThat(api.send("GET", "/api/me/orders?size=0", customer, null).statusCode())
                .isEqualTo(400);
    }
}
