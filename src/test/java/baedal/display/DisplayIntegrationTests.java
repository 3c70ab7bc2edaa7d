package baedal.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import baedal.ad.api.AdQueries;
import baedal.ad.api.AdQueries.ShopAds;
import baedal.ad.events.AdEnded;
import baedal.ad.events.AdStarted;
import baedal.display.application.DisplayPages;
import baedal.display.application.DisplayProjection;
import baedal.display.application.RenderedPage;
import baedal.display.domain.MenuItem;
import baedal.display.domain.ShopDocuments;
import baedal.kernel.FlatOptions;
import baedal.order.spi.OrderableShops;
import baedal.review.api.ReviewQueries;
import baedal.review.api.ReviewQueries.ShopRating;
import baedal.review.events.ReviewDeleted;
import baedal.review.events.ReviewWritten;
import baedal.shop.api.MenuView;
import baedal.shop.api.MenuView.OptionGroupView;
import baedal.shop.api.MenuView.OptionView;
import baedal.shop.api.ShopQueries;
import baedal.shop.api.ShopView;
import baedal.shop.api.ShopView.OpeningHoursView;
import baedal.shop.events.MenuChanged;
import baedal.shop.events.ShopChanged;
import baedal.shop.events.ShopRegistered;
import baedal.testing.InjectedFailure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The display on its own, fed with shop events; the shop module's query port is a mock that can be made to
 * fail. Time is fixed at Friday 12:00 in Seoul, when the test shops are open.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class DisplayIntegrationTests {

    static final Instant NOON_IN_SEOUL = Instant.parse("2026-11-27T03:00:00Z");
    static final double LAT = 37.5133;
    static final double LNG = 127.1001;

    @MockitoBean
    ShopQueries shopQueries;

    @MockitoBean
    ReviewQueries reviewQueries;

    @MockitoBean
    AdQueries adQueries;

    private final DisplayPages pages;
    private final OrderableShops queries;
    private final DisplayProjection projection;
    private final IncompleteEventPublications incomplete;
    private final JdbcClient jdbc;
    private final ShopDocuments documents;
    private final MeterRegistry meters;
    private final TransactionTemplate transactions;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicBoolean shopDown = new AtomicBoolean();

    DisplayIntegrationTests(
            DisplayPages pages,
            OrderableShops queries,
            DisplayProjection projection,
            IncompleteEventPublications incomplete,
            JdbcClient jdbc,
            ShopDocuments documents,
            MeterRegistry meters,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.documents = documents;
        this.meters = meters;
        this.pages = pages;
        this.queries = queries;
        this.projection = projection;
        this.incomplete = incomplete;
        this.jdbc = jdbc;
    }

    @TestConfiguration
    static class FixedTime {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOON_IN_SEOUL, ZoneOffset.UTC);
        }
    }

    @BeforeEach
    void shopIsUp() {
        shopDown.set(false);
    }

    /** An event stamped by a clock ahead of this instance's (here: the test's fixed clock) is no lag, never less. */
    @Test
    void anEventStampedAheadOfThisInstancesClockCountsAsNoLag(Scenario scenario) {
        var lag = meters.get("baedal.display.sync.lag").timer();
        var before = lag.count();
        var shopId = UUID.randomUUID();
        serve(shop(shopId, "Early Chicken", 1, true), List.of(menu(shopId, "Fried Chicken", 20_000, 1)));

        scenario.publish(new ShopRegistered(UUID.randomUUID(), shopId, 1, NOON_IN_SEOUL.plusSeconds(3_600)))
                .andWaitForStateChange(() -> lag.count() > before ? lag.count() : null)
                .andVerify(count ->
                        assertThat(lag.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(0));
    }

    @Test
    void aRegisteredShopAndItsMenusAppearInListAndDetail(Scenario scenario) {
        var shopId = UUID.randomUUID();
        var menu = menu(shopId, "Fried Chicken", 20_000, 1);
        serve(shop(shopId, "Crispy Chicken", 1, true), List.of(menu));

        scenario.publish(new ShopRegistered(UUID.randomUUID(), shopId, 1, Instant.now()))
                .andWaitForStateChange(() -> pages.detail(shopId))
                .andVerify(detail -> {
                    var body = read(detail);
                    assertThat(body.get("name").asString()).isEqualTo("Crispy Chicken");
                    assertThat(body.get("open").asBoolean()).isTrue();
                    assertThat(body.get("menus").get(0).get("price").asLong()).isEqualTo(20_000);
                    var shown = body.get("menus").get(0);
                    assertThat(shown.get("options").get(1).get("name").asString())
                            .isEqualTo("Boneless");
                    var cut = shown.get("optionGroups").get(0);
                    assertThat(cut.get("name").asString()).isEqualTo("Cut");
                    assertThat(cut.get("minChoices").asInt()).isEqualTo(1);
                    assertThat(cut.get("options").get(1).get("price").asLong()).isEqualTo(2_000);
                });

        var list = read(pages.list("CHICKEN", LAT, LNG, 0, 20));
        assertThat(list.get("items")
                        .valueStream()
                        .map(item -> item.get("shopId").asString()))
                .contains(shopId.toString());
        assertThat(queries.findOrderableShop(shopId)).hasValueSatisfying(orderable -> {
            assertThat(orderable.openNow()).isTrue();
            assertThat(orderable.deliversTo(LAT, LNG)).isTrue();
            assertThat(orderable.menu(menu.id()))
                    .hasValueSatisfying(m -> assertThat(m.price()).isEqualTo(20_000));
        });
    }

    @Test
    void aMenuChangeShowsUpInTheDetail(Scenario scenario) {
        var shopId = registered("Menu Shop");
        var changed = menu(shopId, "Fried Chicken", 23_000, 2);
        serve(shop(shopId, "Menu Shop", 1, true), List.of(changed));

        scenario.publish(new MenuChanged(UUID.randomUUID(), changed.id(), shopId, 2, Instant.now()))
                .andWaitForStateChange(
                        () -> read(pages.detail(shopId))
                                .get("menus")
                                .get(0)
                                .get("price")
                                .asLong(),
                        p -> p == 23_000)
                .andVerify(price -> assertThat(price).isEqualTo(23_000));
    }

    @Test
    void duplicateAndOutOfOrderEventsLeaveTheNewestState(Scenario scenario) {
        var shopId = registered("Version One");
        serve(shop(shopId, "Version Three", 3, true), List.of());

        var third = new ShopChanged(UUID.randomUUID(), shopId, 3, Instant.now());
        scenario.publish(third)
                .andWaitForStateChange(() -> name(shopId), "Version Three"::equals)
                .andVerify(name -> assertThat(name).isEqualTo("Version Three"));

        // The publisher now (wrongly) answers with an older state: a late v2 event and a replay of v3 must not apply
        // it.
        serve(shop(shopId, "Version Two", 2, true), List.of());
        projection.refreshShop(shopId, 2, Instant.now());
        scenario.publish(third)
                .andWaitForStateChange(this::noIncompletePublications, Boolean::booleanValue)
                .andVerify(done -> assertThat(name(shopId)).isEqualTo("Version Three"));
        assertThat(read(pages.detail(shopId)).get("version").asLong()).isEqualTo(3);
    }

    @Test
    void withShopFailingTheDisplayKeepsServingAndCatchesUpAfterRecovery(Scenario scenario) {
        var shopId = registered("Before Outage");
        var listBefore = read(pages.list(null, LAT, LNG, 0, 100));
        shopDown.set(true);

        scenario.publish(new ShopChanged(UUID.randomUUID(), shopId, 2, Instant.now()))
                .andWaitForStateChange(() -> !noIncompletePublications(), Boolean::booleanValue)
                .andVerify(pending -> {
                    assertThat(name(shopId)).isEqualTo("Before Outage");
                    assertThat(read(pages.list(null, LAT, LNG, 0, 100))).isEqualTo(listBefore);
                });

        shopDown.set(false);
        serve(shop(shopId, "After Outage", 2, true), List.of());
        incomplete.resubmitIncompletePublications(publication -> true);

        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> "After Outage".equals(name(shopId)) && noIncompletePublications());
    }

    @Test
    void anAdPutsAShopAtTheTopOfTheListAndItsEndTakesItBack(Scenario scenario) {
        var plain = registered("Ad Plain", true);
        var advertised = registered("Ad Advertised", true);
        given(adQueries.adsOf(advertised)).willReturn(new ShopAds(advertised, "OPEN_LIST", 6));

        scenario.publish(new AdStarted(UUID.randomUUID(), UUID.randomUUID(), advertised, 1, Instant.now()))
                .andWaitForStateChange(
                        () -> read(pages.detail(advertised)).get("adTier").asString(), "OPEN_LIST"::equals)
                .andVerify(tier -> assertThat(listed().getFirst()).isEqualTo(advertised.toString()));

        given(adQueries.adsOf(advertised)).willReturn(new ShopAds(advertised, "NONE", 0));
        scenario.publish(new AdEnded(UUID.randomUUID(), UUID.randomUUID(), advertised, 2, Instant.now()))
                .andWaitForStateChange(
                        () -> read(pages.detail(advertised)).get("adTier").asString(), "NONE"::equals)
                .andVerify(tier -> assertThat(listed()).contains(plain.toString(), advertised.toString()));
    }

    private List<String> listed() {
        return read(pages.list("CHICKEN", LAT, LNG, 0, 100))
                .get("items")
                .valueStream()
                .map(item -> item.get("shopId").asString())
                .toList();
    }

    @Test
    void reviewsRaiseAShopInTheListAndItsRatingShows(Scenario scenario) {
        var first = registered("Review First", true);
        var second = registered("Review Second", true);
        given(reviewQueries.rating(second)).willReturn(new ShopRating(second, 4.8, 12));

        var written = new ReviewWritten(UUID.randomUUID(), UUID.randomUUID(), second, 1, Instant.now());
        scenario.publish(written)
                .andWaitForStateChange(
                        () -> read(pages.detail(second)).get("reviewCount").asInt(), n -> n == 12)
                .andVerify(
                        n -> assertThat(read(pages.detail(second)).get("rating").asDouble())
                                .isEqualTo(4.8));
        projection.refreshRating(second, written.occurredAt()); // the same fact again changes nothing
        assertThat(read(pages.detail(second)).get("rating").asDouble()).isEqualTo(4.8);
        assertThat(read(pages.detail(second)).get("reviewCount").asInt()).isEqualTo(12);

        var ids = read(pages.list("CHICKEN", LAT, LNG, 0, 100))
                .get("items")
                .valueStream()
                .map(item -> item.get("shopId").asString())
                .toList();
        assertThat(ids.indexOf(second.toString())).isLessThan(ids.indexOf(first.toString()));

        given(reviewQueries.rating(second)).willReturn(new ShopRating(second, 0.0, 0));
        scenario.publish(new ReviewDeleted(UUID.randomUUID(), UUID.randomUUID(), second, 2, Instant.now()))
                .andWaitForStateChange(
                        () -> read(pages.detail(second)).get("reviewCount").asInt(), n -> n == 0)
                .andVerify(
                        n -> assertThat(read(pages.detail(second)).get("rating").asDouble())
                                .isZero());
    }

    @Test
    void rankingPutsAdTierThenOpenNowThenRatingFirstAndFiltersByArea(Scenario scenario) {
        var closed = registered("Zeta Closed", false);
        var open = registered("Alpha Open", true);
        var farAway = UUID.randomUUID();
        serve(shop(farAway, "Far Away", 1, true, 33.45, 126.57), List.of());
        scenario.publish(new ShopRegistered(UUID.randomUUID(), farAway, 1, Instant.now()))
                .andWaitForStateChange(() -> pages.detail(farAway))
                .andVerify(detail -> assertThat(detail).isNotNull());

        var ids = read(pages.list("CHICKEN", LAT, LNG, 0, 100))
                .get("items")
                .valueStream()
                .map(item -> item.get("shopId").asString())
                .toList();

        assertThat(ids).doesNotContain(farAway.toString());
        assertThat(ids.indexOf(open.toString())).isLessThan(ids.indexOf(closed.toString()));
    }

    @Test
    void rebuildRecreatesTheModelFromThePublishersQueryPorts() {
        var shopId = UUID.randomUUID();
        serve(shop(shopId, "Only Known To Shop", 4, true), List.of(menu(shopId, "Dish", 1_000, 1)));
        given(shopQueries.findShops(0, 200)).willReturn(List.of(shop(shopId, "Only Known To Shop", 4, true)));
        given(reviewQueries.rating(shopId)).willReturn(new ShopRating(shopId, 4.5, 3));
        given(adQueries.adsOf(shopId)).willReturn(new ShopAds(shopId, "NONE", 0));

        projection.rebuild();

        assertThat(name(shopId)).isEqualTo("Only Known To Shop");
        assertThat(read(pages.detail(shopId)).get("reviewCount").asInt()).isEqualTo(3);
        assertThat(read(pages.detail(shopId)).get("rating").asDouble()).isEqualTo(4.5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM display.shop_documents WHERE removed = 0")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDocumentStoredBeforeOptionGroupsReadsItsFlatOptionsAsOneOptionalGroup() {
        var shopId = registered("Stored Long Ago");
        var stored =
                (ObjectNode) json.readTree(jdbc.sql("SELECT document FROM display.shop_documents WHERE shop_id = :id")
                        .param("id", shopId)
                        .query(String.class)
                        .single());
        var menu = (ObjectNode) stored.get("menus").get(0);
        var flat = menu.putArray("options");
        menu.get("optionGroups")
                .forEach(group -> group.get("options")
                        .forEach(option -> flat.addObject()
                                .put("name", option.get("name").asString())
                                .put("price", option.get("price").asLong())));
        menu.remove("optionGroups");
        var document = json.writeValueAsString(stored);
        transactions.executeWithoutResult(
                status -> jdbc.sql("UPDATE display.shop_documents SET document = :document WHERE shop_id = :id")
                        .param("document", document)
                        .param("id", shopId)
                        .update());

        var read = documents.find(shopId).orElseThrow().menus().getFirst();

        assertThat(read.optionGroups()).singleElement().satisfies(group -> {
            assertThat(group.name()).isEqualTo(FlatOptions.GROUP);
            assertThat(group.minChoices()).isZero();
            assertThat(group.maxChoices()).isEqualTo(2);
            assertThat(group.options())
                    .containsExactly(new MenuItem.Option("Bone-in", 0), new MenuItem.Option("Boneless", 2_000));
        });
    }

    private UUID registered(String name) {
        return registered(name, true);
    }

    private UUID registered(String name, boolean open) {
        var shopId = UUID.randomUUID();
        serve(shop(shopId, name, 1, open), List.of(menu(shopId, "Fried Chicken", 20_000, 1)));
        projection.refreshShop(shopId, 1, Instant.now());
        assertThat(pages.detail(shopId)).isNotNull();
        return shopId;
    }

    private void serve(ShopView shop, List<MenuView> menus) {
        given(shopQueries.findShop(shop.id())).willAnswer(invocation -> {
            if (shopDown.get()) {
                throw new InjectedFailure("shop database unreachable");
            }
            return Optional.of(shop);
        });
        given(shopQueries.findMenus(shop.id())).willAnswer(invocation -> {
            if (shopDown.get()) {
                throw new InjectedFailure("shop database unreachable");
            }
            return menus;
        });
        given(shopQueries.findMenu(any())).willReturn(Optional.empty());
    }

    private static ShopView shop(UUID id, String name, long version, boolean open) {
        return shop(id, name, version, open, LAT, LNG);
    }

    private static ShopView shop(UUID id, String name, long version, boolean open, double lat, double lng) {
        var hours = List.of(new OpeningHoursView("FRIDAY", "10:00", "22:00"));
        return new ShopView(
                id,
                UUID.randomUUID(),
                name,
                "CHICKEN",
                "Olympic-ro 300",
                lat,
                lng,
                3_000,
                15_000,
                2_000,
                List.of(),
                hours,
                List.of(),
                List.of(),
                List.of(),
                "Asia/Seoul",
                open,
                version);
    }

    private static MenuView menu(UUID shopId, String name, long price, long version) {
        var menuId = UUID.nameUUIDFromBytes((shopId + name).getBytes());
        return new MenuView(
                menuId,
                shopId,
                name,
                price,
                "Chicken",
                null,
                List.of(new OptionGroupView(
                        "Cut",
                        1,
                        1,
                        List.of(new OptionView("Bone-in", 0, false), new OptionView("Boneless", 2_000, false)))),
                false,
                version);
    }

    private String name(UUID shopId) {
        return read(pages.detail(shopId)).get("name").asString();
    }

    private boolean noIncompletePublications() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                        .query(Long.class)
                        .single()
                == 0;
    }

    private JsonNode read(RenderedPage page) {
        return json.readTree(page.toBytes());
    }
}
