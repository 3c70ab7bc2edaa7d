package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import baedal.display.domain.AdSource;
import baedal.display.domain.AdTier;
import baedal.display.domain.MenuItem;
import baedal.display.domain.RatingSource;
import baedal.display.domain.ShopSource;
import baedal.display.domain.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the display may rely on from its sources (shops, ratings, ads), whichever adapter provides them. Each adapter
 * gets a subclass: in process (the monolith) and over HTTP (display in a deployment of its own), so extracting the
 * display is rehearsed on every build. The data is written through the public API of a running application.
 */
abstract class DisplaySourcesContract extends AgainstRunningApplication {

    private UUID shop;
    private UUID plainShop;
    private UUID sauced;

    abstract ShopSource shops();

    abstract RatingSource ratings();

    abstract AdSource ads();

    @BeforeAll
    void givenAShopWithTwoMenusAFiveStarReviewAndAnOpenListAd() throws Exception {
        var api = new ApiClient(port);
        var owner = api.token("owner2");
        var customer = api.token("customer2");
        var opened = api.openShop(owner, "Contract Chicken", 15000);
        shop = UUID.fromString(opened.shopId());
        plainShop = UUID.fromString(api.openShop(owner, "Contract Plain", 9000).shopId());
        sauced = UUID.fromString(api.json(api.send("POST", "/api/shops/" + shop + "/menus", owner, """
                        {"name":"Yangnyeom","price":19000,"group":"Chicken",
                         "options":[{"name":"Extra sauce","price":500},{"name":"Boneless","price":2000}]}"""))
                .get("id")
                .asString());
        api.orderDeliverAndReview(opened, customer, owner, api.token("rider1"), """
                {"rating":5,"text":"Perfect"}""");
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var ad = api.send("POST", "/api/ads", api.token("admin"), """
                {"shopId":"%s","product":"OPEN_LIST","commissionPercent":5,"startsAt":"%s","endsAt":"%s"}""".formatted(
                        shop, now.minus(1, ChronoUnit.HOURS), now.plus(30, ChronoUnit.DAYS)));
        assertThat(ad.statusCode()).as(ad.body()).isEqualTo(201);
    }

    @Test
    void findsAShopAsItIsNow() {
        var found = shops().findShop(shop).orElseThrow();
        assertThat(found.shopId()).isEqualTo(shop);
        assertThat(found.ownerId()).isNotNull();
        assertThat(found.version()).isPositive();
        assertThat(found.name()).isEqualTo("Contract Chicken");
        assertThat(found.category()).isEqualTo("CHICKEN");
        assertThat(found.address()).isEqualTo("Olympic-ro 300");
        assertThat(found.lat()).isEqualTo(37.5133);
        assertThat(found.lng()).isEqualTo(127.1001);
        assertThat(found.deliveryRadiusMeters()).isEqualTo(3000);
        assertThat(found.minOrderAmount()).isEqualTo(15000);
        assertThat(found.deliveryFee()).isEqualTo(2000);
        assertThat(found.openFlag()).isTrue();
        assertThat(found.hours().periods())
                .hasSize(7)
                .contains(new WeeklyHours.Period(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
    }

    @Test
    void answersNothingForAShopThatDoesNotExist() {
        assertThat(shops().findShop(UUID.randomUUID())).isEmpty();
        assertThat(shops().findMenus(UUID.randomUUID())).isEmpty();
    }

    @Test
    void listsAShopsMenusWithTheirOptionsByGroupAndName() {
        var menus = shops().findMenus(shop);
        assertThat(menus).extracting(MenuItem::name).containsExactly("Fried Chicken", "Yangnyeom");
        var yangnyeom = menus.get(1);
        assertThat(yangnyeom.menuId()).isEqualTo(sauced);
        assertThat(yangnyeom.price()).isEqualTo(19000);
        assertThat(yangnyeom.group()).isEqualTo("Chicken");
        assertThat(yangnyeom.soldOut()).isFalse();
        assertThat(yangnyeom.options())
                .containsExactly(new MenuItem.Option("Extra sauce", 500), new MenuItem.Option("Boneless", 2000));
    }

    @Test
    void pagesThroughEveryShopOnceInAStableOrder() {
        var firstFour = ids(shops().findShops(0, 4));
        assertThat(firstFour).hasSize(4);
        var twoPages = new java.util.ArrayList<>(ids(shops().findShops(0, 2)));
        twoPages.addAll(ids(shops().findShops(1, 2)));
        assertThat(twoPages).isEqualTo(firstFour);

        var all = new HashSet<UUID>();
        for (var page = 0; ; page++) {
            var shopsOnPage = ids(shops().findShops(page, 3));
            shopsOnPage.forEach(id -> assertThat(all.add(id)).as("seen once").isTrue());
            if (shopsOnPage.size() < 3) {
                break;
            }
        }
        assertThat(all).contains(shop, plainShop);
    }

    @Test
    void ratesAShopByItsVisibleReviews() {
        assertThat(ratings().ratingOf(shop)).isEqualTo(new RatingSource.Rating(5.0, 1));
        assertThat(ratings().ratingOf(plainShop)).isEqualTo(new RatingSource.Rating(0.0, 0));
    }

    @Test
    void ranksAShopByTheStrongestAdRunningNow() {
        await().atMost(Duration.ofSeconds(10)).until(() -> ads().tierOf(shop) == AdTier.OPEN_LIST);
        assertThat(ads().tierOf(plainShop)).isEqualTo(AdTier.NONE);
        assertThat(ads().tierOf(UUID.randomUUID())).isEqualTo(AdTier.NONE);
    }

    private static List<UUID> ids(List<baedal.display.domain.ShopSnapshot> shops) {
        return shops.stream().map(baedal.display.domain.ShopSnapshot::shopId).toList();
    }
}
