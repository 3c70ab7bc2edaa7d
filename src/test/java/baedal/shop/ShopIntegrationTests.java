package baedal.shop;

import static baedal.shop.ShopFixtures.OTHER_OWNER;
import static baedal.shop.ShopFixtures.OWNER;
import static baedal.shop.ShopFixtures.chickenShop;
import static baedal.shop.ShopFixtures.friedChicken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import baedal.kernel.Money;
import baedal.shop.api.MenuView.OptionGroupView;
import baedal.shop.api.MenuView.OptionView;
import baedal.shop.api.ShopQueries;
import baedal.shop.api.ShopView;
import baedal.shop.application.ShopCommands.AddMenu;
import baedal.shop.application.ShopCommands.ChangeMenu;
import baedal.shop.application.ShopCommands.ChangeShop;
import baedal.shop.application.ShopCommands.RegisterShop;
import baedal.shop.application.ShopManagement;
import baedal.shop.domain.DeliveryFeeTier;
import baedal.shop.domain.MenuDetails;
import baedal.shop.domain.MenuId;
import baedal.shop.domain.MenuNotFoundException;
import baedal.shop.domain.MenuOption;
import baedal.shop.domain.MenuOptionGroup;
import baedal.shop.domain.NotYourShopException;
import baedal.shop.domain.OpeningHours;
import baedal.shop.domain.ShopId;
import baedal.shop.domain.ShopNotFoundException;
import baedal.shop.domain.ShopProfile;
import baedal.shop.events.MenuAdded;
import baedal.shop.events.MenuChanged;
import baedal.shop.events.ShopChanged;
import baedal.shop.events.ShopClosed;
import baedal.shop.events.ShopOpened;
import baedal.shop.events.ShopRegistered;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The shop module on its own: its use cases store state and publish zero-payload events through the outbox. */
@ApplicationModuleTest
@ActiveProfiles("test")
class ShopIntegrationTests {

    private final ShopManagement shops;
    private final ShopQueries queries;
    private final JdbcClient jdbc;

    ShopIntegrationTests(ShopManagement shops, ShopQueries queries, JdbcClient jdbc) {
        this.shops = shops;
        this.queries = queries;
        this.jdbc = jdbc;
    }

    @Test
    void migratesOnlyThePlatformAndTheModulesItBoots() {
        var schemas = jdbc.sql("SELECT schema_name FROM information_schema.schemata")
                .query(String.class)
                .list();

        assertThat(schemas).contains("SHOP").doesNotContain("ACCOUNT");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processed_event")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void registeringAShopPublishesShopRegisteredCarryingItsIdAndVersion(Scenario scenario) {
        scenario.stimulate(() -> shops.register(new RegisterShop(OWNER, chickenShop())))
                .andWaitForEventOfType(ShopRegistered.class)
                .toArriveAndVerify((event, shopId) -> {
                    assertThat(event.shopId()).isEqualTo(shopId.id());
                    assertThat(event.version()).isEqualTo(1);
                    assertThat(queries.findShop(shopId.id())).hasValueSatisfying(view -> {
                        assertThat(view.name()).isEqualTo("Baedal Chicken");
                        assertThat(view.open()).isFalse();
                        assertThat(view.version()).isEqualTo(1);
                    });
                });
    }

    @Test
    void changingAShopPublishesShopChangedWithTheStoredVersion(Scenario scenario) {
        var shopId = shops.register(new RegisterShop(OWNER, chickenShop()));

        scenario.stimulate(() -> shops.change(new ChangeShop(OWNER, shopId, chickenShop("Renamed Chicken"))))
                .andWaitForEventOfType(ShopChanged.class)
                .matching(event -> event.shopId().equals(shopId.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.version()).isEqualTo(2);
                    assertThat(queries.findShop(shopId.id())).hasValueSatisfying(view -> {
                        assertThat(view.name()).isEqualTo("Renamed Chicken");
                        assertThat(view.version()).isEqualTo(2);
                    });
                });
    }

    @Test
    void openingAndClosingPublishTheirEvents(Scenario scenario) {
        var shopId = shops.register(new RegisterShop(OWNER, chickenShop()));

        scenario.stimulate(() -> shops.open(OWNER, shopId))
                .andWaitForEventOfType(ShopOpened.class)
                .matching(event -> event.shopId().equals(shopId.id()))
                .toArriveAndVerify(event -> assertThat(queries.findShop(shopId.id()))
                        .hasValueSatisfying(view -> assertThat(view.open()).isTrue()));

        scenario.stimulate(() -> shops.close(OWNER, shopId))
                .andWaitForEventOfType(ShopClosed.class)
                .matching(event -> event.shopId().equals(shopId.id()))
                .toArriveAndVerify(event -> assertThat(event.version()).isEqualTo(3));
    }

    @Test
    void addingAndChangingMenusPublishMenuEventsNamingTheShop(Scenario scenario) {
        var shopId = shops.register(new RegisterShop(OWNER, chickenShop()));

        scenario.stimulate(() -> shops.addMenu(new AddMenu(OWNER, shopId, friedChicken(20_000), false)))
                .andWaitForEventOfType(MenuAdded.class)
                .toArriveAndVerify((event, added) -> {
                    assertThat(event.menuId()).isEqualTo(added.id());
                    assertThat(event.shopId()).isEqualTo(shopId.id());
                });

        var menu = queries.findMenus(shopId.id()).getFirst();
        scenario.stimulate(() -> shops.changeMenu(
                        new ChangeMenu(OWNER, shopId, new MenuId(menu.id()), friedChicken(21_000), true)))
                .andWaitForEventOfType(MenuChanged.class)
                .matching(event -> event.menuId().equals(menu.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.version()).isEqualTo(2);
                    assertThat(queries.findMenu(menu.id())).hasValueSatisfying(view -> {
                        assertThat(view.price()).isEqualTo(21_000);
                        assertThat(view.soldOut()).isTrue();
                        assertThat(view.options()).extracting("name").containsExactly("Boneless");
                    });
                });
    }

    @Test
    void aMenusOptionGroupsAreStoredInOrderWithTheirRulesAndSoldOutOptions(Scenario scenario) {
        var shopId = shops.register(new RegisterShop(OWNER, chickenShop()));
        var size = new MenuOptionGroup(
                "Size", 1, 1, List.of(new MenuOption("Half", Money.ZERO), new MenuOption("Whole", Money.won(8_000))));
        var extra = new MenuOptionGroup(
                "Extra",
                0,
                2,
                List.of(
                        new MenuOption("Cheese powder", Money.won(1_000)),
                        new MenuOption("Rice cake", Money.won(1_500), true)));
        var details = new MenuDetails("Yangnyeom Chicken", Money.won(20_000), "Chicken", List.of(size, extra));

        scenario.stimulate(() -> shops.addMenu(new AddMenu(OWNER, shopId, details, false)))
                .andWaitForEventOfType(MenuAdded.class)
                .toArriveAndVerify(event -> assertThat(queries.findMenu(event.menuId()))
                        .hasValueSatisfying(view -> {
                            assertThat(view.optionGroups())
                                    .extracting(
                                            OptionGroupView::name,
                                            OptionGroupView::minChoices,
                                            OptionGroupView::maxChoices)
                                    .containsExactly(tuple("Size", 1, 1), tuple("Extra", 0, 2));
                            assertThat(view.optionGroups().get(1).options())
                                    .containsExactly(
                                            new OptionView("Cheese powder", 1_000, false),
                                            new OptionView("Rice cake", 1_500, true));
                            assertThat(view.options())
                                    .extracting(OptionView::name)
                                    .containsExactly("Half", "Whole", "Cheese powder", "Rice cake");
                        }));

        var menu = queries.findMenus(shopId.id()).getFirst();
        var fewer = new MenuDetails("Yangnyeom Chicken", Money.won(20_000), "Chicken", List.of(extra));
        shops.changeMenu(new ChangeMenu(OWNER, shopId, new MenuId(menu.id()), fewer, false));
        assertThat(queries.findMenu(menu.id()).orElseThrow().optionGroups())
                .extracting(OptionGroupView::name)
                .containsExactly("Extra");
    }

    @Test
    void aShopsScheduleFeeTiersAndZoneAreStoredAndPublished(Scenario scenario) {
        var hours = new OpeningHours(
                List.of(
                        new OpeningHours.Period(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(14, 0)),
                        new OpeningHours.Period(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(2, 0))),
                List.of(new OpeningHours.Break(DayOfWeek.MONDAY, LocalTime.of(19, 0), LocalTime.of(19, 30))),
                java.util.Set.of(DayOfWeek.SUNDAY, DayOfWeek.TUESDAY),
                new java.util.TreeSet<>(List.of(java.time.LocalDate.of(2026, 12, 25))));
        var base = chickenShop();
        var profile = new ShopProfile(
                base.name(),
                base.category(),
                base.address(),
                base.location(),
                3_000,
                base.minOrderAmount(),
                Money.won(4_000),
                List.of(new DeliveryFeeTier(1_000, Money.won(1_000)), new DeliveryFeeTier(2_000, Money.won(2_500))),
                hours,
                java.time.ZoneId.of("Asia/Tokyo"));

        scenario.stimulate(() -> shops.register(new RegisterShop(OWNER, profile)))
                .andWaitForEventOfType(ShopRegistered.class)
                .toArriveAndVerify(event -> assertThat(queries.findShop(event.shopId()))
                        .hasValueSatisfying(view -> {
                            assertThat(view.openingHours())
                                    .extracting(ShopView.OpeningHoursView::opens)
                                    .containsExactly("11:00", "17:00");
                            assertThat(view.breaks())
                                    .containsExactly(new ShopView.BreakView("MONDAY", "19:00", "19:30"));
                            assertThat(view.closedDays()).containsExactly("TUESDAY", "SUNDAY");
                            assertThat(view.holidays()).containsExactly("2026-12-25");
                            assertThat(view.zone()).isEqualTo("Asia/Tokyo");
                            assertThat(view.deliveryFee()).isEqualTo(4_000);
                            assertThat(view.deliveryFeeTiers())
                                    .containsExactly(
                                            new ShopView.FeeTierView(1_000, 1_000),
                                            new ShopView.FeeTierView(2_000, 2_500));
                        }));
    }

    @Test
    void anotherOwnerCannotTouchTheShopAndNothingIsPublished(AssertablePublishedEvents events) {
        var shopId = shops.register(new RegisterShop(OWNER, chickenShop()));

        assertThatThrownBy(() -> shops.change(new ChangeShop(OTHER_OWNER, shopId, chickenShop("Hijacked"))))
                .isInstanceOf(NotYourShopException.class);
        assertThatThrownBy(() -> shops.addMenu(new AddMenu(OTHER_OWNER, shopId, friedChicken(1), false)))
                .isInstanceOf(NotYourShopException.class);

        assertThat(events.ofType(ShopChanged.class).matching(e -> e.shopId().equals(shopId.id())))
                .isEmpty();
        assertThat(events.ofType(MenuAdded.class).matching(e -> e.shopId().equals(shopId.id())))
                .isEmpty();
        assertThat(queries.findShop(shopId.id()))
                .hasValueSatisfying(view -> assertThat(view.name()).isEqualTo("Baedal Chicken"));
    }

    @Test
    void aMenuOfAnotherShopIsNotFound() {
        var shopId = shops.register(new RegisterShop(OWNER, chickenShop()));
        var otherShop = shops.register(new RegisterShop(OTHER_OWNER, chickenShop("Other")));
        var otherMenu = shops.addMenu(new AddMenu(OTHER_OWNER, otherShop, friedChicken(1), false));

        assertThatThrownBy(() -> shops.changeMenu(new ChangeMenu(OWNER, shopId, otherMenu, friedChicken(2), false)))
                .isInstanceOf(MenuNotFoundException.class);
        assertThatThrownBy(() -> shops.open(OWNER, new ShopId(UUID.randomUUID())))
                .isInstanceOf(ShopNotFoundException.class);
    }
}
