package baedal.display.application;

import static org.assertj.core.api.Assertions.assertThat;

import baedal.ad.api.AdQueries;
import baedal.display.domain.MenuItem;
import baedal.display.domain.ShopDocument;
import baedal.display.domain.ShopDocuments;
import baedal.display.domain.ShopSnapshot;
import baedal.display.domain.WeeklyHours;
import baedal.order.spi.OrderableShops;
import baedal.review.api.ReviewQueries;
import baedal.shop.api.ShopQueries;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The display of one instance and documents stored by another: this instance's feed is left idle (it read once at
 * start-up), so what it shows moves only when the test makes it catch up, or when an order is priced.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = "baedal.display.follow-interval=PT1H")
class DisplayChangeFeedTests {

    @MockitoBean
    ShopQueries shopQueries;

    @MockitoBean
    ReviewQueries reviewQueries;

    @MockitoBean
    AdQueries adQueries;

    private final DisplayChangeFeed feed;
    private final ShopDocuments documents;
    private final DisplayPages pages;
    private final OrderableShops orderable;
    private final TransactionTemplate transactions;
    private final JsonMapper json = JsonMapper.builder().build();

    DisplayChangeFeedTests(
            DisplayChangeFeed feed,
            ShopDocuments documents,
            DisplayPages pages,
            OrderableShops orderable,
            TransactionTemplate transactions) {
        this.feed = feed;
        this.documents = documents;
        this.pages = pages;
        this.orderable = orderable;
        this.transactions = transactions;
    }

    @Test
    void changesStoredByAnotherInstanceAreShownOnceTheFeedIsRead() {
        var shopId = UUID.randomUUID();
        storeAsAnotherInstance(document(shopId, "Elsewhere Chicken", 19_000), false);
        assertThat(pages.detail(shopId)).as("not read yet").isNull();

        assertThat(feed.catchUp()).isEqualTo(1);
        assertThat(name(shopId)).isEqualTo("Elsewhere Chicken");

        storeAsAnotherInstance(document(shopId, "Elsewhere Chicken Renamed", 19_000), true);
        storeAsAnotherInstance(document(shopId, "Elsewhere Chicken Renamed Again", 19_000), true);
        assertThat(feed.catchUp()).isEqualTo(1);
        assertThat(name(shopId)).isEqualTo("Elsewhere Chicken Renamed Again");
        assertThat(feed.catchUp()).isZero();
    }

    @Test
    void anOrderIsPricedFromTheNewestStoredDocumentBeforeTheFeedBringsIt() {
        var shopId = UUID.randomUUID();
        storeAsAnotherInstance(document(shopId, "Price Chicken", 19_000), false);
        feed.catchUp();
        storeAsAnotherInstance(document(shopId, "Price Chicken", 23_000), true);
        assertThat(read(shopId).get("menus").get(0).get("price").asLong())
                .as("the feed has not brought the raise yet")
                .isEqualTo(19_000);

        var shop = orderable.findOrderableShop(shopId).orElseThrow();

        assertThat(shop.menus().getFirst().price()).isEqualTo(23_000);
        assertThat(read(shopId).get("menus").get(0).get("price").asLong()).isEqualTo(23_000);
    }

    @Test
    void aShopRemovedElsewhereLeavesThisDisplay() {
        var shopId = UUID.randomUUID();
        storeAsAnotherInstance(document(shopId, "Short Lived", 10_000), false);
        feed.catchUp();
        assertThat(pages.detail(shopId)).isNotNull();

        transactions.executeWithoutResult(status -> {
            documents.lock(shopId);
            documents.remove(shopId);
        });
        feed.catchUp();

        assertThat(pages.detail(shopId)).isNull();
    }

    private void storeAsAnotherInstance(ShopDocument document, boolean replacing) {
        transactions.executeWithoutResult(status -> {
            documents.lock(document.shopId());
            documents.save(document, replacing);
        });
    }

    private static ShopDocument document(UUID shopId, String name, long price) {
        var hours = new WeeklyHours(
                List.of(new WeeklyHours.Period(DayOfWeek.FRIDAY, LocalTime.of(10, 0), LocalTime.of(22, 0))));
        var snapshot = new ShopSnapshot(
                shopId,
                UUID.randomUUID(),
                1,
                name,
                "CHICKEN",
                "Olympic-ro 300",
                37.5133,
                127.1001,
                3_000,
                15_000,
                2_000,
                List.of(),
                true,
                hours,
                ShopSnapshot.SEOUL);
        var menu = new MenuItem(
                UUID.nameUUIDFromBytes(shopId.toString().getBytes()),
                1,
                "Fried Chicken",
                price,
                "Chicken",
                List.of(),
                false);
        return ShopDocument.of(snapshot, List.of(menu));
    }

    private String name(UUID shopId) {
        return read(shopId).get("name").asString();
    }

    private JsonNode read(UUID shopId) {
        return json.readTree(pages.detail(shopId).toBytes());
    }
}
