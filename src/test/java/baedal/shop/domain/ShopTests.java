package baedal.shop.domain;

import static baedal.shop.ShopFixtures.OTHER_OWNER;
import static baedal.shop.ShopFixtures.OWNER;
import static baedal.shop.ShopFixtures.chickenShop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                        OpeningHours.EVERY_DAY_10_TO_22))
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
                        OpeningHours.EVERY_DAY_10_TO_22))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("radius");
    }

    @Test
    void openingHoursRejectTwoPeriodsOnOneDay() {
        var monday = new OpeningHours.Period(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(14, 0));
        var mondayEvening = new OpeningHours.Period(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(22, 0));

        assertThatThrownBy(() -> new OpeningHours(List.of(monday, mondayEvening)))
                .isInstanceOf(IllegalArgumentException.class);
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
                .isEqualTo(new MenuOptionGroup(MenuDetails.FLAT_GROUP, 0, 2, List.of(half, whole)));
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
