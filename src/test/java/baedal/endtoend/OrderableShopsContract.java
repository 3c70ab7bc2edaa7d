package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import baedal.order.spi.OrderableShop;
import baedal.order.spi.OrderableShops;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What order may rely on from the {@link OrderableShops} port display provides, whichever way it is reached: in
 * process (the monolith) or over HTTP from a deployment without display. Each way gets a subclass.
 */
abstract class OrderableShopsContract extends AgainstRunningApplication {

    private UUID open;
    private UUID closed;
    private UUID fried;
    private UUID soldOut;

    abstract OrderableShops shops();

    @BeforeAll
    void givenAnOpenShopWithASoldOutMenuAndAClosedShop() throws Exception {
        var api = new ApiClient(port);
        var owner = api.token("owner1");
        var shop = api.openShop(owner, "Orderable Chicken", 16000);
        open = UUID.fromString(shop.shopId());
        fried = UUID.fromString(shop.menuId());
        soldOut = UUID.fromString(api.json(api.send("POST", "/api/shops/" + open + "/menus", owner, """
                        {"name":"Yangnyeom","price":19000,"group":"Chicken","soldOut":true,
                         "options":[{"name":"Extra sauce","price":500}]}"""))
                .get("id")
                .asString());
        closed = UUID.fromString(api.json(api.send("POST", "/api/shops", owner, ApiClient.shop("Closed Chicken", 9000)))
                .get("id")
                .asString());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.send("GET", "/api/display/shops/" + open, null, null)
                                .body()
                                .contains(soldOut.toString())
                        && api.send("GET", "/api/display/shops/" + closed, null, null)
                                        .statusCode()
                                == 200);
    }

    @Test
    void pricesAnOpenShopWithItsMenusAndOptions() {
        var shop = shops().findOrderableShop(open).orElseThrow();

        assertThat(shop.shopId()).isEqualTo(open);
        assertThat(shop.ownerId()).isNotNull();
        assertThat(shop.name()).isEqualTo("Orderable Chicken");
        assertThat(shop.category()).isEqualTo("CHICKEN");
        assertThat(shop.openNow()).isTrue();
        assertThat(shop.minOrderAmount()).isEqualTo(16000);
        assertThat(shop.deliveryFee()).isEqualTo(2000);
        assertThat(shop.deliversTo(37.5140, 127.1010)).isTrue();
        assertThat(shop.deliversTo(35.1796, 129.0756)).as("Busan").isFalse();
        assertThat(shop.menu(fried)).hasValueSatisfying(menu -> {
            assertThat(menu.price()).isEqualTo(18000);
            assertThat(menu.soldOut()).isFalse();
        });
        assertThat(shop.menu(soldOut)).hasValueSatisfying(menu -> {
            assertThat(menu.soldOut()).isTrue();
            assertThat(menu.option("Extra sauce"))
                    .hasValue(new OrderableShop.OrderableOption("Extra sauce", 500, false));
        });
    }

    @Test
    void knowsAShopThatIsNotOpen() {
        assertThat(shops().findOrderableShop(closed))
                .hasValueSatisfying(shop -> assertThat(shop.openNow()).isFalse());
    }

    @Test
    void answersNothingForAShopItDoesNotKnow() {
        assertThat(shops().findOrderableShop(UUID.randomUUID())).isEmpty();
    }
}
