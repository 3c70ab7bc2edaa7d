package baedal.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import baedal.order.domain.CartItem.Choice;
import baedal.order.domain.ShopOffer.MenuOffer;
import baedal.order.domain.ShopOffer.OptionGroupOffer;
import baedal.order.domain.ShopOffer.OptionOffer;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** How a cart line's choices are checked against the menu's option groups and priced. */
class OptionChoiceTests {

    static final UUID MENU = UUID.randomUUID();
    static final GeoPoint NEAR = new GeoPoint(37.5140, 127.1010);

    @Test
    void choicesPerGroupArePricedInTheMenusOrder() {
        var lines = price(new CartItem(
                MENU, 2, List.of(), List.of(new Choice("Sauce", List.of("Hot", "Soy garlic")), size("Large"))));

        var line = lines.getFirst();
        assertThat(line.options())
                .extracting(OrderLine.ChosenOption::group, OrderLine.ChosenOption::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Size", "Large"),
                        org.assertj.core.groups.Tuple.tuple("Sauce", "Soy garlic"),
                        org.assertj.core.groups.Tuple.tuple("Sauce", "Hot"));
        // (18,000 + 3,000 + 500 + 0) x 2
        assertThat(line.amount()).isEqualTo(Money.won(43_000));
    }

    @Test
    void flatNamesGoToTheOneGroupThatHasThem() {
        var line = price(new CartItem(MENU, 1, List.of("Regular", "Cheese"))).getFirst();

        assertThat(line.options()).extracting(OrderLine.ChosenOption::group).containsExactly("Size", "Extra");
        assertThat(line.amount()).isEqualTo(Money.won(19_000));
    }

    @Test
    void aRequiredGroupLeftOutIsRefusedNamingIt() {
        assertRefused(() -> price(new CartItem(MENU, 1, List.of("Hot"))), "Size", "choose exactly 1 (0 chosen)");
        assertRefused(
                () -> price(new CartItem(MENU, 1, List.of(), List.of(new Choice("Size", List.of("Regular", "Large"))))),
                "Size",
                "choose exactly 1 (2 chosen)");
    }

    @Test
    void moreThanAGroupAllowsIsRefused() {
        assertRefused(
                () -> price(new CartItem(
                        MENU,
                        1,
                        List.of(),
                        List.of(size("Regular"), new Choice("Sauce", List.of("Hot", "Soy garlic", "Honey"))))),
                "Sauce",
                "at most 2");
    }

    @Test
    void aSoldOutOptionIsRefusedNamingItsGroup() {
        assertRefused(
                () -> price(new CartItem(
                        MENU, 1, List.of(), List.of(size("Regular"), new Choice("Extra", List.of("Rice cake"))))),
                "Extra",
                "sold out");
    }

    @Test
    void unknownGroupsOptionsAndRepeatsAreRefused() {
        assertRefused(
                () -> price(new CartItem(
                        MENU, 1, List.of(), List.of(size("Regular"), new Choice("Drink", List.of("Cola"))))),
                "Drink",
                "no option group");
        assertRefused(() -> price(new CartItem(MENU, 1, List.of(), List.of(size("Family")))), "Size", "no option");
        assertRefused(
                () -> price(new CartItem(MENU, 1, List.of(), List.of(size("Regular"), size("Large")))),
                "Size",
                "named twice");
        assertRefused(
                () -> price(new CartItem(MENU, 1, List.of("Regular"), List.of(size("Regular")))),
                "Size",
                "chosen twice");
        assertThatThrownBy(() -> price(new CartItem(MENU, 1, List.of("Regular", "Gold flakes"))))
                .isInstanceOf(CartRefusedException.class)
                .hasMessageContaining("no option 'Gold flakes'");
    }

    @Test
    void aFlatNameInTwoGroupsMustBeNamedWithItsGroup() {
        assertThatThrownBy(() -> price(new CartItem(MENU, 1, List.of("Regular", "Mild"))))
                .isInstanceOf(CartRefusedException.class)
                .hasMessageContaining("more than one option group");
        assertThat(price(new CartItem(
                        MENU, 1, List.of(), List.of(size("Regular"), new Choice("Sauce", List.of("Mild"))))))
                .hasSize(1);
    }

    private static Choice size(String option) {
        return new Choice("Size", List.of(option));
    }

    private static void assertRefused(ThrowingCallable pricing, String group, String message) {
        assertThatThrownBy(pricing)
                .isInstanceOfSatisfying(
                        CartRefusedException.class,
                        refused -> assertThat(refused.problemFields())
                                .containsEntry("group", group)
                                .containsEntry("menuId", MENU.toString()))
                .hasMessageContaining(group)
                .hasMessageContaining(message);
    }

    private static List<OrderLine> price(CartItem item) {
        return CartPricing.price(shop(), List.of(item), NEAR);
    }

    private static ShopOffer shop() {
        var menu = new MenuOffer(
                MENU,
                "Fried Chicken",
                Money.won(18_000),
                false,
                List.of(
                        new OptionGroupOffer("Size", 1, 1, List.of(option("Regular", 0), option("Large", 3_000))),
                        new OptionGroupOffer(
                                "Sauce",
                                0,
                                2,
                                List.of(
                                        option("Soy garlic", 500),
                                        option("Honey", 500),
                                        option("Hot", 0),
                                        option("Mild", 0))),
                        new OptionGroupOffer(
                                "Extra",
                                0,
                                2,
                                List.of(
                                        option("Cheese", 1_000),
                                        option("Mild", 0),
                                        new OptionOffer("Rice cake", Money.won(1_500), true)))));
        return new ShopOffer(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "CHICKEN",
                true,
                new GeoPoint(37.5133, 127.1001),
                3_000,
                Money.won(10_000),
                Money.won(2_000),
                List.of(),
                List.of(menu));
    }

    private static OptionOffer option(String name, long price) {
        return new OptionOffer(name, Money.won(price), false);
    }
}
