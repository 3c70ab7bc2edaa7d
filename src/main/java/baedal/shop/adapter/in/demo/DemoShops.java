package baedal.shop.adapter.in.demo;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import baedal.shop.api.ShopQueries;
import baedal.shop.application.ShopCommands.AddMenu;
import baedal.shop.application.ShopCommands.RegisterShop;
import baedal.shop.application.ShopManagement;
import baedal.shop.domain.DeliveryFeeTier;
import baedal.shop.domain.MenuDetails;
import baedal.shop.domain.MenuOption;
import baedal.shop.domain.MenuOptionGroup;
import baedal.shop.domain.OpeningHours;
import baedal.shop.domain.OwnerId;
import baedal.shop.domain.ShopCategory;
import baedal.shop.domain.ShopProfile;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds open demo shops around Jamsil, Seoul for the demo owners (ids as seeded by the account module): one takes
 * orders around the clock, one until 04:00, the rest from 10:00 to 22:00 Seoul time.
 */
@PrimaryAdapter
@Component
@Profile("demo")
@Order(10)
class DemoShops implements ApplicationRunner {

    static final OwnerId OWNER1 = new OwnerId(UUID.fromString("00000000-0000-0000-0000-000000000201"));
    static final OwnerId OWNER2 = new OwnerId(UUID.fromString("00000000-0000-0000-0000-000000000202"));
    private static final Logger log = LoggerFactory.getLogger(DemoShops.class);
    /** Around the clock, every day, so that the demo can be ordered from whenever it is tried. */
    private static final OpeningHours AROUND_THE_CLOCK = new OpeningHours(Arrays.stream(DayOfWeek.values())
            .map(day -> new OpeningHours.Period(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
            .toList());
    /** Delivery hours: 06:00 until 04:00 the next morning, every day. */
    private static final OpeningHours LATE_NIGHT = new OpeningHours(Arrays.stream(DayOfWeek.values())
            .map(day -> new OpeningHours.Period(day, LocalTime.of(6, 0), LocalTime.of(4, 0)))
            .toList());

    /** 10:00 to 22:00 with a break on weekday afternoons, closed on Tuesdays. */
    private static final OpeningHours PIZZA_HOURS = new OpeningHours(
            OpeningHours.EVERY_DAY_10_TO_22.periods(),
            Arrays.stream(DayOfWeek.values())
                    .filter(day -> day.getValue() <= 5)
                    .map(day -> new OpeningHours.Break(day, LocalTime.of(15, 0), LocalTime.of(16, 30)))
                    .toList(),
            Set.of(DayOfWeek.TUESDAY),
            new TreeSet<>());
    /** Two periods a day: lunch and dinner. */
    private static final OpeningHours LUNCH_AND_DINNER = new OpeningHours(Arrays.stream(DayOfWeek.values())
            .flatMap(day -> Stream.of(
                    new OpeningHours.Period(day, LocalTime.of(11, 0), LocalTime.of(15, 0)),
                    new OpeningHours.Period(day, LocalTime.of(17, 0), LocalTime.of(22, 0))))
            .toList());
    /** 10:00 to 22:00, but not on Christmas Day and New Year's Day. */
    private static final OpeningHours CAFE_HOURS = new OpeningHours(
            OpeningHours.EVERY_DAY_10_TO_22.periods(),
            List.of(),
            Set.of(),
            new TreeSet<>(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1))));

    private final ShopManagement shops;
    private final ShopQueries queries;

    DemoShops(ShopManagement shops, ShopQueries queries) {
        this.shops = shops;
        this.queries = queries;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!queries.findShops(0, 1).isEmpty()) {
            return;
        }
        seed(
                OWNER1,
                "Baedal Chicken Jamsil",
                AROUND_THE_CLOCK,
                ShopCategory.CHICKEN,
                37.5133,
                127.1001,
                18_000,
                3_000,
                List.of(tier(1_000, 2_000), tier(2_000, 2_500)),
                List.of(
                        menu(
                                "Fried Chicken",
                                20_000,
                                "Chicken",
                                exactlyOne("Cut", option("Bone-in", 0), option("Boneless", 2_000)),
                                upTo(
                                        "Sauce",
                                        2,
                                        option("Yangnyeom", 500),
                                        option("Soy garlic", 500),
                                        option("Honey mustard", 500)),
                                upTo("Extra", 2, option("Cheese powder", 1_000), option("Pickled radish", 500))),
                        menu(
                                "Seasoned Chicken",
                                21_000,
                                "Chicken",
                                exactlyOne("Cut", option("Bone-in", 0), option("Boneless", 2_000))),
                        menu("Cola 1.25L", 2_500, "Drinks")));
        seed(
                OWNER1,
                "Songpa Pizza House",
                PIZZA_HOURS,
                ShopCategory.PIZZA,
                37.5145,
                127.1059,
                15_000,
                2_000,
                List.of(tier(1_500, 1_500)),
                List.of(
                        menu(
                                "Pepperoni Pizza",
                                18_900,
                                "Pizza",
                                exactlyOne("Size", option("Regular", 0), option("Large", 4_000)),
                                upTo("Crust", 1, option("Cheese crust", 3_000), option("Sweet potato crust", 3_000))),
                        menu(
                                "Potato Pizza",
                                19_900,
                                "Pizza",
                                exactlyOne("Size", option("Regular", 0), option("Large", 4_000)))));
        seed(
                OWNER1,
                "Halmae Gukbap",
                LATE_NIGHT,
                ShopCategory.KOREAN,
                37.5110,
                127.0982,
                12_000,
                1_000,
                List.of(),
                List.of(
                        flatMenu("Pork Gukbap", 9_000, "Gukbap", option("Extra rice", 1_000)),
                        menu("Sundae Gukbap", 9_500, "Gukbap")));
        seed(
                OWNER2,
                "Jamsil Jjajang",
                LUNCH_AND_DINNER,
                ShopCategory.CHINESE,
                37.5080,
                127.0830,
                14_000,
                2_000,
                List.of(tier(1_500, 1_000)),
                List.of(
                        menu(
                                "Jjajangmyeon",
                                7_000,
                                "Noodles",
                                exactlyOne("Size", option("Regular", 0), option("Large", 1_000))),
                        menu(
                                "Jjamppong",
                                8_500,
                                "Noodles",
                                exactlyOne("Size", option("Regular", 0), option("Large", 1_000))),
                        menu("Tangsuyuk", 18_000, "Dishes")));
        seed(
                OWNER2,
                "Lotte Tower Cafe",
                CAFE_HOURS,
                ShopCategory.CAFE,
                37.5125,
                127.1025,
                8_000,
                2_500,
                List.of(tier(500, 0), tier(1_500, 1_500)),
                List.of(
                        menu(
                                "Americano",
                                4_500,
                                "Coffee",
                                exactlyOne("Temperature", option("Hot", 0), option("Iced", 0)),
                                upTo("Extra", 2, option("Extra shot", 500), option("Vanilla syrup", 500))),
                        flatMenu("Cafe Latte", 5_000, "Coffee", option("Oat milk", 500))));
        log.info("Demo shops ready");
    }

    private void seed(
            OwnerId owner,
            String name,
            OpeningHours hours,
            ShopCategory category,
            double lat,
            double lng,
            long minOrder,
            long fee,
            List<DeliveryFeeTier> tiers,
            List<MenuDetails> menus) {
        var profile = new ShopProfile(
                name,
                category,
                "Olympic-ro 300, Songpa-gu, Seoul",
                new GeoPoint(lat, lng),
                3_000,
                Money.won(minOrder),
                Money.won(fee),
                tiers,
                hours,
                ShopProfile.SEOUL);
        var shopId = shops.register(new RegisterShop(owner, profile));
        menus.forEach(menu -> shops.addMenu(new AddMenu(owner, shopId, menu, false)));
        shops.open(owner, shopId);
    }

    private static MenuDetails menu(String name, long price, String group, MenuOptionGroup... optionGroups) {
        return new MenuDetails(name, Money.won(price), group, List.of(optionGroups));
    }

    /** A menu with a flat list of options, any of which may be picked. */
    private static MenuDetails flatMenu(String name, long price, String group, MenuOption... options) {
        return MenuDetails.withOptions(name, Money.won(price), group, List.of(options));
    }

    private static DeliveryFeeTier tier(int upToMeters, long fee) {
        return new DeliveryFeeTier(upToMeters, Money.won(fee));
    }

    private static MenuOptionGroup exactlyOne(String name, MenuOption... options) {
        return new MenuOptionGroup(name, 1, 1, List.of(options));
    }

    private static MenuOptionGroup upTo(String name, int most, MenuOption... options) {
        return new MenuOptionGroup(name, 0, most, List.of(options));
    }

    private static MenuOption option(String name, long price) {
        return new MenuOption(name, Money.won(price));
    }
}
