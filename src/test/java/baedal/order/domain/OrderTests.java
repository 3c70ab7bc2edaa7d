package baedal.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import baedal.order.events.OrderAccepted;
import baedal.order.events.OrderCancelled;
import baedal.order.events.OrderDelivered;
import baedal.order.events.OrderLineCancelled;
import baedal.order.events.OrderPaid;
import baedal.order.events.OrderPlaced;
import baedal.order.events.OrderRejected;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTests {

    static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    static final UUID CUSTOMER = UUID.randomUUID();
    static final UUID SHOP = UUID.randomUUID();
    static final UUID MENU = UUID.randomUUID();
    static final GeoPoint NEAR = new GeoPoint(37.5140, 127.1010);

    @Test
    void placingPricesLinesWithOptionsPlusTheDeliveryFee() {
        var order = placed();

        assertThat(order.totalAmount()).isEqualTo(Money.won(2 * (18_000 + 2_000) + 3_000));
        assertThat(order.paymentAmount()).isEqualTo(order.totalAmount());
        assertThat(order.releaseEvents()).singleElement().isInstanceOf(OrderPlaced.class);
    }

    @Test
    void followsTheHappyPathAndRecordsEachStep() {
        var order = placed();
        order.awaitPayment(NOW);
        assertThat(order.markPaid(NOW)).isTrue();
        order.accept(SHOP, NOW);
        order.markPickedUp(NOW);
        order.markDelivered(NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.history())
                .extracting(StatusChange::status)
                .containsExactly(
                        OrderStatus.PLACED,
                        OrderStatus.PAYMENT_PENDING,
                        OrderStatus.PAID,
                        OrderStatus.ACCEPTED,
                        OrderStatus.PICKED_UP,
                        OrderStatus.DELIVERED);
        assertThat(order.releaseEvents())
                .extracting(Object::getClass)
                .containsExactly(OrderPlaced.class, OrderPaid.class, OrderAccepted.class, OrderDelivered.class);
    }

    @Test
    void repeatedFactsChangeNothing() {
        var order = placed();
        order.markPaid(NOW);
        order.releaseEvents();

        assertThat(order.markPaid(NOW)).isTrue();
        order.awaitPayment(NOW);
        order.markDelivered(NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.releaseEvents()).isEmpty();
    }

    @Test
    void rejectsIllegalTransitions() {
        var order = placed();
        assertThatThrownBy(() -> order.accept(SHOP, NOW)).isInstanceOf(OrderStepOutOfOrderException.class);
        order.markPaid(NOW);
        assertThatThrownBy(() -> order.accept(UUID.randomUUID(), NOW)).isInstanceOf(NotYourShopException.class);
        order.accept(SHOP, NOW);

        assertThatThrownBy(() -> order.cancelByCustomer(CUSTOMER, NOW))
                .isInstanceOf(OrderStepOutOfOrderException.class);
        assertThatThrownBy(() -> order.reject(SHOP, "late", NOW)).isInstanceOf(OrderStepOutOfOrderException.class);
    }

    @Test
    void rejectingAPaidOrderCancelsItAndPaymentIsNotApprovedAfterCancellation() {
        var rejected = placed();
        rejected.markPaid(NOW);
        rejected.releaseEvents();
        rejected.reject(SHOP, "out of chicken", NOW);
        assertThat(rejected.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(rejected.releaseEvents()).singleElement().isInstanceOf(OrderRejected.class);

        var cancelled = placed();
        cancelled.releaseEvents();
        cancelled.cancelByCustomer(CUSTOMER, NOW);
        assertThat(cancelled.releaseEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        OrderCancelled.class, event -> assertThat(event.paid()).isFalse());
        assertThat(cancelled.markPaid(NOW)).isFalse();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void cartPricingEnforcesTheShopsRules() {
        var shop = shop(true, false);
        assertThat(CartPricing.price(shop, List.of(new CartItem(MENU, 1, List.of("Boneless"))), NEAR))
                .hasSize(1);

        assertThatThrownBy(() -> CartPricing.price(shop(false, false), cart(), NEAR))
                .isInstanceOf(CartRefusedException.class);
        assertThatThrownBy(() -> CartPricing.price(shop(true, true), cart(), NEAR))
                .isInstanceOf(CartRefusedException.class);
        assertThatThrownBy(() -> CartPricing.price(shop, cart(), new GeoPoint(35.1796, 129.0756)))
                .isInstanceOf(CartRefusedException.class)
                .hasMessageContaining("delivery area");
        assertThatThrownBy(() -> CartPricing.price(shop, List.of(new CartItem(MENU, 1, List.of())), NEAR))
                .isInstanceOf(CartRefusedException.class)
                .hasMessageContaining("minimum order");
        assertThatThrownBy(() ->
                        CartPricing.price(shop, List.of(new CartItem(MENU, 2, List.of("Boneless", "Boneless"))), NEAR))
                .isInstanceOf(CartRefusedException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void theShopCancelsOneLineAndTheCustomerGetsItBackLessTheDiscountItLoses() {
        var coupon = UUID.randomUUID();
        var order = withTwoLines(coupon, Money.won(5_000), Money.won(1_000));
        order.markPaid(NOW);
        order.accept(SHOP, NOW);
        order.releaseEvents();
        // lines: 18,000 and 2 x 6,000; fee 3,000; coupon 5,000; points 1,000 → pays 27,000
        assertThat(order.paymentAmount()).isEqualTo(Money.won(27_000));
        assertThat(order.itemsAmountWithout(1)).isEqualTo(Money.won(18_000));

        // the coupon's rules on what is left give 4,000 instead of 5,000: 12,000 - 1,000 back
        var refund = order.cancelLine(SHOP, 1, "out of cheese", Money.won(4_000), false, NOW);

        assertThat(refund).isEqualTo(Money.won(11_000));
        assertThat(order.paymentAmount()).isEqualTo(Money.won(16_000));
        assertThat(order.totalAmount()).isEqualTo(Money.won(21_000));
        assertThat(order.discountAmount()).isEqualTo(Money.won(4_000));
        assertThat(order.lines().get(1).cancelled()).isTrue();
        assertThat(order.lines().get(1).cancelReason()).isEqualTo("out of cheese");
        assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(order.releaseEvents()).singleElement().isInstanceOfSatisfying(OrderLineCancelled.class, event -> {
            assertThat(event.line()).isEqualTo(1);
            assertThat(event.refundAmount()).isEqualTo(11_000);
            assertThat(event.couponReleased()).isFalse();
            assertThat(event.withBenefits()).isTrue();
        });
    }

    @Test
    void aLineIsCancelledOnceWhileTheOrderIsWithTheShopAndNeverTheLastOne() {
        var order = withTwoLines(null, Money.ZERO, Money.ZERO);
        assertThatThrownBy(() -> order.cancelLine(SHOP, 0, "late", Money.ZERO, false, NOW))
                .isInstanceOf(OrderStepOutOfOrderException.class);
        order.markPaid(NOW);
        assertThatThrownBy(() -> order.cancelLine(UUID.randomUUID(), 0, "late", Money.ZERO, false, NOW))
                .isInstanceOf(NotYourShopException.class);
        assertThatThrownBy(() -> order.cancelLine(SHOP, 2, "late", Money.ZERO, false, NOW))
                .isInstanceOf(LineCancellationRefusedException.class)
                .hasMessageContaining("lines 0 to 1");
        order.releaseEvents();

        assertThat(order.cancelLine(SHOP, 0, "no more chicken", Money.ZERO, false, NOW))
                .isEqualTo(Money.won(18_000));

        assertThatThrownBy(() -> order.cancelLine(SHOP, 0, "again", Money.ZERO, false, NOW))
                .isInstanceOf(LineCancellationRefusedException.class)
                .hasMessageContaining("cancelled already");
        assertThatThrownBy(() -> order.cancelLine(SHOP, 1, "all of it", Money.ZERO, false, NOW))
                .isInstanceOf(LineCancellationRefusedException.class)
                .hasMessageContaining("last one");
        order.accept(SHOP, NOW);
        order.markPickedUp(NOW);
        assertThatThrownBy(() -> order.cancelLine(SHOP, 1, "late", Money.ZERO, false, NOW))
                .isInstanceOf(OrderStepOutOfOrderException.class);
        assertThat(order.releaseEvents())
                .filteredOn(OrderLineCancelled.class::isInstance)
                .hasSize(1);
    }

    @Test
    void whatIsLeftMustStillCoverThePointsSpent() {
        var order = withTwoLines(null, Money.ZERO, Money.won(20_000));
        order.markPaid(NOW);

        assertThatThrownBy(() -> order.cancelLine(SHOP, 0, "no chicken", Money.ZERO, false, NOW))
                .isInstanceOf(LineCancellationRefusedException.class)
                .hasMessageContaining("points");
        assertThat(order.lines()).noneMatch(OrderLine::cancelled);
        assertThat(order.paymentAmount()).isEqualTo(Money.won(13_000));
    }

    @Test
    void theFeeIsThatOfTheFirstTierReachingTheAddressElseTheBaseFee() {
        var shopAt = new GeoPoint(37.5, 127.0);
        var tiered = new ShopOffer(
                SHOP,
                UUID.randomUUID(),
                "CHICKEN",
                true,
                shopAt,
                3_000,
                Money.won(10_000),
                Money.won(4_000),
                List.of(new ShopOffer.FeeTier(1_000, Money.won(1_000)), new ShopOffer.FeeTier(2_000, Money.won(2_500))),
                List.of());

        assertThat(tiered.deliveryFeeTo(shopAt)).isEqualTo(Money.won(1_000));
        assertThat(tiered.deliveryFeeTo(new GeoPoint(37.505, 127.0)))
                .as("about 560 m")
                .isEqualTo(Money.won(1_000));
        assertThat(tiered.deliveryFeeTo(new GeoPoint(37.515, 127.0)))
                .as("about 1.7 km")
                .isEqualTo(Money.won(2_500));
        assertThat(tiered.deliveryFeeTo(new GeoPoint(37.525, 127.0)))
                .as("about 2.8 km, beyond the tiers")
                .isEqualTo(Money.won(4_000));
    }

    /** 18,000 chicken and two 6,000 cheese sticks, 3,000 delivery. */
    static Order withTwoLines(UUID coupon, Money discount, Money points) {
        var lines = List.of(
                new OrderLine(MENU, "Fried Chicken", Money.won(18_000), 1, List.of()),
                new OrderLine(UUID.randomUUID(), "Cheese Sticks", Money.won(6_000), 2, List.of()));
        return place(lines, 2, coupon, discount, points);
    }

    static Order placed() {
        return place(CartPricing.price(shop(true, false), cart(), NEAR), 1, null, Money.ZERO, Money.ZERO);
    }

    /** The lines placed as the day's order {@code number}, with 3,000 of delivery. */
    static Order place(List<OrderLine> lines, int number, UUID coupon, Money discount, Money points) {
        return Order.place(
                OrderId.random(),
                OrderNumber.of(java.time.LocalDate.of(2026, 12, 4), number),
                CUSTOMER,
                SHOP,
                lines,
                new DeliveryAddress("Olympic-ro 240", NEAR),
                Money.won(3_000),
                coupon,
                discount,
                points,
                NOW);
    }

    static List<CartItem> cart() {
        return List.of(new CartItem(MENU, 2, List.of("Boneless")));
    }

    static ShopOffer shop(boolean open, boolean soldOut) {
        var menu = new ShopOffer.MenuOffer(
                MENU,
                "Fried Chicken",
                Money.won(18_000),
                soldOut,
                List.of(new ShopOffer.OptionGroupOffer(
                        "Options", 0, 1, List.of(new ShopOffer.OptionOffer("Boneless", Money.won(2_000), false)))));
        return new ShopOffer(
                SHOP,
                UUID.randomUUID(),
                "CHICKEN",
                open,
                new GeoPoint(37.5133, 127.1001),
                3_000,
                Money.won(20_000),
                Money.won(3_000),
                List.of(),
                List.of(menu));
    }
}
