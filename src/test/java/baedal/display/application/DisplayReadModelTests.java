package baedal.display.application;

import static org.assertj.core.api.Assertions.assertThat;

import baedal.display.domain.AdTier;
import baedal.display.domain.ShopDocument;
import baedal.display.domain.ShopDocumentChange;
import baedal.display.domain.ShopSnapshot;
import baedal.display.domain.WeeklyHours;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The in-memory model on its own: ranking, area and category filters, paging, home counts and ETags. */
class DisplayReadModelTests {

    static final double LAT = 37.5133;
    static final double LNG = 127.1001;
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Clock FRIDAY_NOON_SEOUL = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);

    final DisplayReadModel model = new DisplayReadModel(JSON, FRIDAY_NOON_SEOUL);

    private long sequence;

    @Test
    void aChangeOlderThanTheOneShownIsIgnoredAndARemovalTakesTheShopOff() {
        var shop = shop("Feed", true, 4, AdTier.NONE, LAT, LNG, "CHICKEN");
        var renamed = new ShopDocument(shop.shop(), List.of(), 4.5, 10, AdTier.NONE);
        model.put(renamed, 7);
        model.apply(new ShopDocumentChange(shop.shopId(), 6, shop));

        assertThat(read(model.detail(shop.shopId())).get("reviewCount").asInt()).isEqualTo(10);
        assertThat(model.sequenceOf(shop.shopId())).isEqualTo(7);

        model.apply(new ShopDocumentChange(shop.shopId(), 8, null));

        assertThat(model.detail(shop.shopId())).isNull();
        assertThat(names(model.list(null, LAT, LNG, 0, 10))).isEmpty();
        assertThat(model.sequenceOf(shop.shopId())).isEqualTo(-1);
    }

    @Test
    void ranksByAdTierThenOpenNowThenRating() {
        var plainTopRated = shop("Plain top rated", true, 4.9, AdTier.NONE, LAT, LNG, "CHICKEN");
        var adClosed = shop("Ad but closed", false, 3.0, AdTier.ULTRA_CALL, LAT, LNG, "CHICKEN");
        var adOpenLow = shop("Ad open low", true, 2.0, AdTier.ULTRA_CALL, LAT, LNG, "CHICKEN");
        var adOpenHigh = shop("Ad open high", true, 4.0, AdTier.ULTRA_CALL, LAT, LNG, "CHICKEN");
        var plainClosed = shop("Plain closed", false, 5.0, AdTier.NONE, LAT, LNG, "CHICKEN");
        model.replaceAll(() -> stored(plainTopRated, adClosed, adOpenLow, plainClosed));
        model.put(adOpenHigh, ++sequence);

        assertThat(names(model.list(null, LAT, LNG, 0, 10)))
                .containsExactly("Ad open high", "Ad open low", "Ad but closed", "Plain top rated", "Plain closed");
    }

    @Test
    void filtersByDeliveryAreaAndCategoryAndPages() {
        model.replaceAll(() -> stored(
                shop("Near chicken", true, 4, AdTier.NONE, LAT, LNG, "CHICKEN"),
                shop("Near pizza", true, 3, AdTier.NONE, LAT + 0.01, LNG, "PIZZA"),
                shop("Far chicken", true, 5, AdTier.NONE, LAT + 0.05, LNG, "CHICKEN")));

        assertThat(names(model.list("CHICKEN", LAT, LNG, 0, 10))).containsExactly("Near chicken");
        var firstPage = read(model.list(null, LAT, LNG, 0, 1));
        assertThat(firstPage.get("totalItems").asInt()).isEqualTo(2);
        assertThat(firstPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(names(model.list(null, LAT, LNG, 1, 1))).containsExactly("Near pizza");
        assertThat(names(model.list(null, LAT, LNG, 5, 1))).isEmpty();
    }

    @Test
    void movingAShopMovesItBetweenAreas() {
        var shop = shop("Mover", true, 4, AdTier.NONE, LAT, LNG, "CHICKEN");
        model.put(shop, ++sequence);
        assertThat(names(model.list(null, LAT, LNG, 0, 10))).containsExactly("Mover");

        var moved = new ShopDocument(relocated(shop.shop(), 35.1796, 129.0756), List.of(), 4, 0, AdTier.NONE);
        model.put(moved, ++sequence);

        assertThat(names(model.list(null, LAT, LNG, 0, 10))).isEmpty();
        assertThat(names(model.list(null, 35.1796, 129.0756, 0, 10))).containsExactly("Mover");
    }

    @Test
    void homeCountsOpenShopsPerCategory() {
        model.replaceAll(() -> stored(
                shop("A", true, 4, AdTier.NONE, LAT, LNG, "CHICKEN"),
                shop("B", true, 4, AdTier.NONE, LAT, LNG, "CHICKEN"),
                shop("C", false, 4, AdTier.NONE, LAT, LNG, "PIZZA")));

        var home = read(model.home(LAT, LNG));

        assertThat(home.get("openShops").asInt()).isEqualTo(2);
        assertThat(home.get("categories").get(0).get("category").asString()).isEqualTo("CHICKEN");
        assertThat(home.get("categories").get(0).get("openShops").asInt()).isEqualTo(2);
        assertThat(home.get("categories").get(1).get("openShops").asInt()).isZero();
    }

    @Test
    void everyPageHasTheShapeTheApiDescriptionGivesIt() {
        var document = shop("A", true, 4, AdTier.NONE, LAT, LNG, "CHICKEN");
        model.replaceAll(() -> stored(document));
        var strict = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();

        var page = strict.readValue(model.list(null, LAT, LNG, 0, 10).toBytes(), DisplayViews.ShopPage.class);
        var home = strict.readValue(model.home(LAT, LNG).toBytes(), DisplayViews.Home.class);
        var detail = strict.readValue(model.detail(document.shopId()).toBytes(), DisplayViews.ShopDetail.class);

        assertThat(page.items()).extracting(DisplayViews.ShopCard::name).containsExactly("A");
        assertThat(page.totalItems()).isEqualTo(1);
        assertThat(home.openShops()).isEqualTo(1);
        assertThat(detail.shopId()).isEqualTo(document.shopId());
    }

    @Test
    void detailCarriesOpenNowAndItsETagChangesWithTheContent() {
        var shop = shop("Detail", true, 4, AdTier.NONE, LAT, LNG, "CHICKEN");
        model.put(shop, ++sequence);
        var before = model.detail(shop.shopId());
        assertThat(read(before).get("open").asBoolean()).isTrue();
        assertThat(before.matches(before.etag())).isTrue();

        model.put(new ShopDocument(shop.shop(), List.of(), 4.5, 10, AdTier.NONE), ++sequence);
        var after = model.detail(shop.shopId());

        assertThat(after.etag()).isNotEqualTo(before.etag());
        assertThat(after.matches(before.etag())).isFalse();
        assertThat(read(after).get("reviewCount").asInt()).isEqualTo(10);
    }

    private List<ShopDocumentChange> stored(ShopDocument... documents) {
        return java.util.Arrays.stream(documents)
                .map(document -> new ShopDocumentChange(document.shopId(), ++sequence, document))
                .toList();
    }

    static ShopDocument shop(
            String name, boolean open, double rating, AdTier tier, double lat, double lng, String category) {
        var hours = new WeeklyHours(
                List.of(new WeeklyHours.Period(DayOfWeek.FRIDAY, LocalTime.of(10, 0), LocalTime.of(22, 0))));
        var snapshot = new ShopSnapshot(
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                name,
                category,
                "addr",
                lat,
                lng,
                3_000,
                15_000,
                2_000,
                List.of(),
                open,
                hours,
                ShopSnapshot.SEOUL);
        return new ShopDocument(snapshot, List.of(), rating, 0, tier);
    }

    static ShopSnapshot relocated(ShopSnapshot s, double lat, double lng) {
        return new ShopSnapshot(
                s.shopId(),
                s.ownerId(),
                s.version() + 1,
                s.name(),
                s.category(),
                s.address(),
                lat,
                lng,
                s.deliveryRadiusMeters(),
                s.minOrderAmount(),
                s.deliveryFee(),
                s.deliveryFeeTiers(),
                s.openFlag(),
                s.hours(),
                s.zone());
    }

    static List<String> names(RenderedPage page) {
        return read(page)
                .get("items")
                .valueStream()
                .map(item -> item.get("name").asString())
                .toList();
    }

    static JsonNode read(RenderedPage page) {
        return JSON.readTree(page.toBytes());
    }
}
