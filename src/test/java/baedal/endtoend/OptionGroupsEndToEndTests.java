package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A menu with option groups over HTTP: the owner defines "Size" (exactly one), "Sauce" (up to two) and "Extra"
 * (optional); the display shows them; an order names its choices per group and is priced with them; a choice that
 * breaks a group's rule, or a sold-out option, is a 422 naming the group and places nothing; flat option names keep
 * working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OptionGroupsEndToEndTests {

    static final String MENU = """
            {"name":"Yangnyeom Chicken","price":20000,"group":"Chicken","optionGroups":[
              {"name":"Size","minChoices":1,"maxChoices":1,"options":[
                {"name":"Half","price":0},{"name":"Whole","price":8000}]},
              {"name":"Sauce","minChoices":0,"maxChoices":2,"options":[
                {"name":"Soy garlic","price":500},{"name":"Honey mustard","price":500},{"name":"Hot","price":0}]},
              {"name":"Extra","minChoices":0,"maxChoices":1,"options":[
                {"name":"Cheese powder","price":1000},{"name":"Rice cake","price":1500,"soldOut":true}]}]}""";

    @LocalServerPort
    int port;

    private ApiClient api;
    private String owner;
    private String customer;
    private String shop;
    private String menu;

    @BeforeEach
    void aShopWithAMenuOfOptionGroups() throws Exception {
        api = new ApiClient(port);
        owner = api.token("owner1");
        customer = api.newCustomer();
        shop = api.json(api.send("POST", "/api/shops", owner, ApiClient.shop("Options Chicken", 10_000)))
                .get("id")
                .asString();
        var added = api.send("POST", "/api/shops/" + shop + "/menus", owner, MENU);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        menu = api.json(added).get("id").asString();
        api.send("POST", "/api/shops/" + shop + "/open", owner, null);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.send("GET", "/api/display/shops/" + shop, null, null)
                        .body()
                        .contains("Cheese powder"));
    }

    @Test
    void theMenuAndTheDisplayShowTheGroups() throws Exception {
        var stored = api.json(api.send("GET", "/api/shops/" + shop + "/menus", owner, null))
                .get(0);
        assertThat(stored.get("optionGroups")).hasSize(3);
        assertThat(stored.get("optionGroups").get(0).get("name").asString()).isEqualTo("Size");
        assertThat(stored.get("optionGroups").get(0).get("minChoices").asInt()).isEqualTo(1);
        assertThat(stored.get("options")).as("the flat list of every option").hasSize(7);

        var detail = api.json(api.send("GET", "/api/display/shops/" + shop, null, null));
        var shown = detail.get("menus").get(0);
        assertThat(shown.get("optionGroups").get(1).get("name").asString()).isEqualTo("Sauce");
        assertThat(shown.get("optionGroups").get(1).get("maxChoices").asInt()).isEqualTo(2);
        assertThat(shown.get("optionGroups")
                        .get(2)
                        .get("options")
                        .get(1)
                        .get("soldOut")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void anOrderNamesItsChoicesPerGroupAndIsPricedWithThem() throws Exception {
        var placed = order("""
                {"menuId":"%s","quantity":2,"choices":[
                  {"group":"Size","options":["Whole"]},{"group":"Sauce","options":["Soy garlic","Hot"]}]}""");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        var order = api.json(placed);
        // (20,000 + 8,000 + 500 + 0) x 2, and the delivery fee of 2,000
        assertThat(order.get("totalAmount").asLong()).isEqualTo(59_000);
        var options = order.get("items").get(0).get("options");
        assertThat(options).hasSize(3);
        assertThat(options.get(0).get("group").asString()).isEqualTo("Size");
        assertThat(options.get(0).get("name").asString()).isEqualTo("Whole");
        assertThat(options.get(1).get("group").asString()).isEqualTo("Sauce");
    }

    @Test
    void flatOptionNamesStillWorkEachInTheOneGroupThatHasIt() throws Exception {
        var placed = order("""
                {"menuId":"%s","quantity":1,"optionNames":["Half","Cheese powder"]}""");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        // 20,000 + 0 + 1,000, and the delivery fee of 2,000
        assertThat(api.json(placed).get("totalAmount").asLong()).isEqualTo(23_000);
    }

    @Test
    void aChoiceThatBreaksAGroupsRuleIsRefusedNamingTheGroupAndPlacesNothing() throws Exception {
        var before = myOrders();

        var noSize = order("""
                {"menuId":"%s","quantity":1,"choices":[{"group":"Sauce","options":["Hot"]}]}""");
        assertRefused(noSize, "Size", "exactly 1");

        var threeSauces = order("""
                {"menuId":"%s","quantity":1,"choices":[{"group":"Size","options":["Half"]},
                  {"group":"Sauce","options":["Soy garlic","Honey mustard","Hot"]}]}""");
        assertRefused(threeSauces, "Sauce", "at most 2");

        var soldOut = order("""
                {"menuId":"%s","quantity":1,"choices":[{"group":"Size","options":["Half"]},
                  {"group":"Extra","options":["Rice cake"]}]}""");
        assertRefused(soldOut, "Extra", "sold out");

        var noSuchGroup = order("""
                {"menuId":"%s","quantity":1,"choices":[{"group":"Size","options":["Half"]},
                  {"group":"Drink","options":["Cola"]}]}""");
        assertRefused(noSuchGroup, "Drink", "no option group");

        var noSuchOption = order("""
                {"menuId":"%s","quantity":1,"choices":[{"group":"Size","options":["Family"]}]}""");
        assertRefused(noSuchOption, "Size", "no option 'Family'");

        assertThat(myOrders()).as("nothing was placed").isEqualTo(before);
    }

    @Test
    void aGroupWhoseRuleCannotBeMetIsABadRequestAndChangesNothing() throws Exception {
        var impossible = MENU.replace("\"minChoices\":0,\"maxChoices\":2", "\"minChoices\":3,\"maxChoices\":2");
        var refused = api.send("POST", "/api/shops/" + shop + "/menus", owner, impossible);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.json(refused).get("detail").asString()).contains("Sauce");

        var conflicting = MENU.replace(
                "\"group\":\"Chicken\",", "\"group\":\"Chicken\",\"options\":[{\"name\":\"Large\",\"price\":1}],");
        assertThat(api.send("POST", "/api/shops/" + shop + "/menus", owner, conflicting)
                        .statusCode())
                .isEqualTo(400);

        var emptyGroup = MENU.replace(
                "\"optionGroups\":[",
                "\"optionGroups\":[{\"name\":\"Empty\",\"minChoices\":0,\"maxChoices\":1,\"options\":[]},");
        assertThat(api.send("POST", "/api/shops/" + shop + "/menus", owner, emptyGroup)
                        .statusCode())
                .isEqualTo(400);

        assertThat(api.json(api.send("GET", "/api/shops/" + shop + "/menus", owner, null)))
                .as("only the first menu")
                .hasSize(1);
    }

    private void assertRefused(HttpResponse<String> response, String group, String detail) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = api.json(response);
        assertThat(problem.get("group").asString()).isEqualTo(group);
        assertThat(problem.get("menuId").asString()).isEqualTo(menu);
        assertThat(problem.get("detail").asString()).contains(group, detail);
    }

    private HttpResponse<String> order(String item) throws Exception {
        var body = """
                {"shopId":"%s","items":[%s],"deliveryAddress":"Olympic-ro 240","lat":37.5140,"lng":127.1010}""".formatted(shop, item.formatted(menu));
        return api.send(
                "POST",
                "/api/orders",
                customer,
                body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private int myOrders() throws Exception {
        return api.json(api.send("GET", "/api/me/orders?size=100", customer, null))
                .get("items")
                .size();
    }
}
