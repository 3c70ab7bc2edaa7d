package baedal.shop.domain;

import static baedal.shop.ShopFixtures.OTHER_OWNER;
import static baedal.shop.ShopFixtures.OWNER;
import static baedal.shop.ShopFixtures.chickenShop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baedal.kernel.FlatOptions;
import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import baedal.shop.ShopFixtures;
import baedal.shop.events.MenuChanged;
import baedal.shop.events.ShopChanged;
import baedal.shop.events.ShopClosedDown;
import baedal.shop.events.ShopOpened;
import baedal.shop.events.ShopRegistered;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShopTests {

    static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

    @Test
    void registrationRecordsShopRegisteredWithVersionOneAndStartsClosed() {
        var shop = Shop.register(ShopId.random(), OWNER, chickenShop(), NOW);

        assertThat(shop.isOpen()).isFalse();
        assertThat(shop.releaseEvents()).singleElement().isInstanceOfSatisfying(ShopRegistered.class, event -> {
            assertThat(event.shopId()).isEqualTo(shop.getId().id());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void changesRecordEventsWithTheNextStoredVersion() {
        var shop = Shop.restore(ShopId.random(), OWNER, chickenShop(), false, 4);

        shop.change(chickenShop("Renamed Chicken"), NOW);
        shop.open(NOW);

        assertThat(shop.releaseEvents())
                .hasSize(2)
                .allSatisfy(event -> assertThat(event).hasFieldOrPropertyWithValue("version", 5L))
                .hasExactlyElementsOfTypes(ShopChanged.class, ShopOpened.class);
    }

    @Test
    void sameProfileOrRepeatedOpenRecordsNothing() {
        var shop = Shop.restore(ShopId.random(), OWNER, chickenShop(), true, 2);

        shop.change(chickenShop(), NOW);
        shop.open(NOW);

        assertThat(shop.releaseEvents()).isEmpty();
    }

    @Test
    void aShopThatClosedDownStaysClosed() {
        var shop = Shop.restore(ShopId.random(), OWNER, chickenShop(), true, 3);

        shop.closeDown(NOW);
        shop.closeDown(NOW);

        assertThat(shop.releaseEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        ShopClosedDown.class, e -> assertThat(e.version()).isEqualTo(4));
        assertThat(shop.isOpen()).isFalse();
        assertThatThrownBy(() -> shop.open(NOW)).isInstanceOf(ShopClosedDownException.class);
    }

    @Test
    void rejectsAnotherOwner() {
        var shop = Shop.restore(ShopId.random(), OWNER, chickenShop(), false, 1);

        assertThatThrownBy(() -> shop.assertOwnedBy(OTHER_OWNER)).isInstanceOf(NotYourShopException.class);
    }

    @Test
    void profileRejectsBlankNameAndRadiusOutOfRange() {
        var location = new GeoPoint(37.5, 127.0);
        assertThatThrownBy(() -> new ShopProfile(
                        " ",
                        ShopCategory.PIZZA,
                        "addr",
                        location,
                        1_000,
                        Money.ZERO,
                        Money.ZERO,
                        List.of(),
                        OpeningHours.EVERY_DAY_10_TO_22,
                        ShopProfile.SEOUL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> new ShopProfile(
                        "Pizza",
                        ShopCategory.PIZZA,
                        "addr",
                        location,
                        50,
                        Money.ZERO,
                        Money.ZERO,
                        List.of(),
                        OpeningHours.EVERY_DAY_10_TO_22,
                        ShopProfile.SEOUL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("radius");
    }

    @Test
    void openingHoursTakeSeveralPeriodsADayButNoOverlap() {
        var lunch = new OpeningHours.Period(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(14, 0));
        var dinner = new OpeningHours.Period(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(22, 0));
        assertThat(new OpeningHours(List.of(dinner, lunch)).periods()).containsExactly(lunch, dinner);

        var longLunch = new OpeningHours.Period(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(18, 0));
        assertThatThrownBy(() -> new OpeningHours(List.of(lunch, dinner, longLunch)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap");

        var sundayNight = new OpeningHours.Period(DayOfWeek.SUNDAY, LocalTime.of(18, 0), LocalTime.of(11, 0));
        assertThatThrownBy(() -> new OpeningHours(List.of(lunch, sundayNight)))
                .as("Sunday night runs into Monday's lunch")
                .isInstanceOf(IllegalArgumentException.class);
        var aroundTheClock = new OpeningHours.Period(DayOfWeek.TUESDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        var wednesday = new OpeningHours.Period(DayOfWeek.WEDNESDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        assertThat(new OpeningHours(List.of(aroundTheClock, wednesday)).periods())
                .hasSize(2);
    }

    @Test
    void breaksStayWithinADayAndDoNotOverlap() {
        assertThatThrownBy(() -> new OpeningHours.Break(DayOfWeek.MONDAY, LocalTime.of(15, 0), LocalTime.of(15, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpeningHours.Break(DayOfWeek.MONDAY, LocalTime.of(23, 0), LocalTime.of(1, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        var first = new OpeningHours.Break(DayOfWeek.MONDAY, LocalTime.of(15, 0), LocalTime.of(16, 0));
        var second = new OpeningHours.Break(DayOfWeek.MONDAY, LocalTime.of(15, 30), LocalTime.of(17, 0));
        assertThatThrownBy(() -> new OpeningHours(
                        OpeningHours.EVERY_DAY_10_TO_22.periods(),
                        List.of(first, second),
                        java.util.Set.of(),
                        new java.util.TreeSet<>()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("break times");
    }

    @Test
    void feeTiersGoUpInDistanceWithinTheRadius() {
        var near = new DeliveryFeeTier(1_000, Money.won(1_000));
        var far = new DeliveryFeeTier(2_500, Money.won(3_000));
        assertThat(profileWithTiers(List.of(near, far)).deliveryFeeTiers()).containsExactly(near, far);

        assertThatThrownBy(() -> profileWithTiers(List.of(far, near)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("go up in distance");
        assertThatThrownBy(() -> profileWithTiers(List.of(near, new DeliveryFeeTier(3_500, Money.won(4_000)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond the delivery radius");
        assertThatThrownBy(() -> new DeliveryFeeTier(0, Money.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ShopProfile profileWithTiers(List<DeliveryFeeTier> tiers) {
        return new ShopProfile(
                "Chicken",
                ShopCategory.CHICKEN,
                "Olympic-ro 300",
                new GeoPoint(37.5133, 127.1001),
                3_000,
                Money.won(15_000),
                Money.won(4_000),
                tiers,
                OpeningHours.EVERY_DAY_10_TO_22,
                ShopProfile.SEOUL);
    }

    @Test
    void moneyIsNeverNegative() {
        assertThatThrownBy(() -> Money.won(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionGroupsKeepRulesThatCanBeMet() {
        var half = new MenuOption("Half", Money.ZERO);
        var whole = new MenuOption("Whole", Money.won(8_000));
        var size = new MenuOptionGroup("Size", 1, 1, List.of(half, whole));
        assertThat(size.options()).containsExactly(half, whole);

        assertThatThrownBy(() -> new MenuOptionGroup("Size", 2, 1, List.of(half, whole)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Size");
        assertThatThrownBy(() -> new MenuOptionGroup("Size", 0, 3, List.of(half, whole)))
                .as("more choices than options")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MenuOptionGroup("Size", 0, 0, List.of(half)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MenuOptionGroup("Size", 0, 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MenuOptionGroup("Size", 1, 1, List.of(half, half)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> new MenuDetails("Chicken", Money.won(1), "Chicken", List.of(size, size)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("option group 'Size'");

        var flat = MenuDetails.withOptions("Chicken", Money.won(1), "Chicken", List.of(half, whole));
        assertThat(flat.optionGroups())
                .singleElement()
                .isEqualTo(new MenuOptionGroup(FlatOptions.GROUP, 0, 2, List.of(half, whole)));
        assertThat(flat.options()).containsExactly(half, whole);
        assertThat(MenuDetails.withOptions("Cola", Money.won(1), "Drinks", List.of())
                        .optionGroups())
                .isEmpty();
    }

    @Test
    void menuRejectsDuplicateOptionsAndRecordsChangesOnlyWhenSomethingChanged() {
        var duplicate = new MenuOption("Boneless", Money.won(2_000));
        assertThatThrownBy(() ->
                        MenuDetails.withOptions("Chicken", Money.won(1), "Chicken", List.of(duplicate, duplicate)))
                .isInstanceOf(IllegalArgumentException.class);

        var menu = Menu.restore(MenuId.random(), ShopId.random(), ShopFixtures.friedChicken(20_000), false, 3);
        menu.change(ShopFixtures.friedChicken(20_000), false, NOW);
        assertThat(menu.releaseEvents()).isEmpty();

        menu.change(ShopFixtures.friedChicken(20_000), true, NOW);
        assertThat(menu.releaseEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        MenuChanged.class, event -> assertThat(event.version()).isEqualTo(4));
    }
}
