package baedal.shop;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import baedal.shop.domain.MenuDetails;
import baedal.shop.domain.MenuOption;
import baedal.shop.domain.OpeningHours;
import baedal.shop.domain.OwnerId;
import baedal.shop.domain.ShopCategory;
import baedal.shop.domain.ShopProfile;
import java.util.List;
import java.util.UUID;

/** Ready-made shop values for tests. */
public final class ShopFixtures {

    public static final OwnerId OWNER = new OwnerId(UUID.fromString("00000000-0000-0000-0000-00000000a001"));
    public static final OwnerId OTHER_OWNER = new OwnerId(UUID.fromString("00000000-0000-0000-0000-00000000a002"));

    private ShopFixtures() {}

    public static ShopProfile chickenShop() {
        return chickenShop("Baedal Chicken");
    }

    public static ShopProfile chickenShop(String name) {
        return new ShopProfile(
                name,
                ShopCategory.CHICKEN,
                "Olympic-ro 300, Seoul",
                new GeoPoint(37.5133, 127.1001),
                3_000,
                Money.won(15_000),
                Money.won(2_000),
                List.of(),
                OpeningHours.EVERY_DAY_10_TO_22,
                ShopProfile.SEOUL);
    }

    public static MenuDetails friedChicken(long price) {
        return MenuDetails.withOptions(
                "Fried Chicken", Money.won(price), "Chicken", List.of(new MenuOption("Boneless", Money.won(2_000))));
    }
}
