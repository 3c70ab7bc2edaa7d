package baedal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import baedal.kernel.GeoPoint;
import baedal.order.api.OrderQueries;
import baedal.order.application.OrderManagement;
import baedal.order.application.OrderProgress;
import baedal.order.application.PlaceOrder;
import baedal.order.domain.CartItem;
import baedal.order.domain.CartRefusedException;
import baedal.order.domain.LineCancellationRefusedException;
import baedal.order.domain.NotYourOrderException;
import baedal.order.domain.NotYourShopException;
import baedal.order.domain.OrderId;
import baedal.order.domain.OrderStepOutOfOrderException;
import baedal.order.domain.Orders;
import baedal.order.events.OrderCancelled;
import baedal.order.events.OrderLineCancelled;
import baedal.order.events.OrderPaid;
import baedal.order.events.OrderPlaced;
import baedal.order.events.PaymentApproved;
import baedal.order.spi.OrderBenefits;
import baedal.order.spi.OrderBenefits.CouponQuote;
import baedal.order.spi.OrderableShop;
import baedal.order.spi.OrderableShop.OrderableMenu;
import baedal.order.spi.OrderableShop.OrderableOption;
import baedal.order.spi.OrderableShop.OrderableOptionGroup;
import baedal.order.spi.OrderableShops;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

/** The order module on its own; the display's read model is a mock, payment facts are published by the test. */
@ApplicationModuleTest
@ActiveProfiles("test")
class OrderIntegrationTests {

    static final UUID SHOP = UUID.randomUUID();
    static final UUID OWNER = UUID.randomUUID();
    static final UUID MENU = UUID.randomUUID();
    static final GeoPoint NEARBY = new GeoPoint(37.5140, 127.1010);

    @MockitoBean
    OrderableShops display;

    @MockitoSpyBean
    Orders stored;

    @MockitoBean
    OrderBenefits benefits;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final OrderManagement orders;
    private final OrderProgress progress;
    private final OrderQueries queries;

    OrderIntegrationTests(OrderManagement orders, OrderProgress progress, OrderQueries queries) {
        this.orders = orders;
        this.progress = progress;
        this.queries = queries;
    }

    @BeforeEach
    void shopIsOpen() {
        offer(true, false);
    }

    @Test
    void placingPublishesOrderPlacedAndPricesTheCart(Scenario scenario) {
        scenario.stimulate(() -> orders.place(command(UUID.randomUUID(), 2)))
                .andWaitForEventOfType(OrderPlaced.class)
                .toArriveAndVerify((event, placement) -> {
                    assertThat(event.orderId())
                            .isEqualTo(placement.order().getId().id());
                    assertThat(event.shopId()).isEqualTo(SHOP);
                    assertThat(queries.findOrder(event.orderId())).hasValueSatisfying(view -> {
                        assertThat(view.status()).isEqualTo("PLACED");
                        assertThat(view.paymentAmount()).isEqualTo(2 * (18_000 + 2_000) + 3_000);
                    });
                });
    }

    @Test
    void anApprovedPaymentMakesTheOrderPaidAndARepeatedFactChangesNothing(Scenario scenario) {
        var orderId =
                orders.place(command(UUID.randomUUID(), 1)).order().getId().id();
        var approved = new PaymentApproved(UUID.randomUUID(), UUID.randomUUID(), orderId, 20_000, 1, Instant.now());

        scenario.publish(approved)
                .andWaitForEventOfType(OrderPaid.class)
                .matching(event -> event.orderId().equals(orderId))
                .toArriveAndVerify(event -> assertThat(status(orderId)).isEqualTo("PAID"));

        progress.paymentApproved(orderId);
        var history = orders.view(UUID.randomUUID(), true, new OrderId(orderId)).history();
        assertThat(history).extracting(step -> step.status().name()).containsExactly("PLACED", "PAID");
    }

    @Test
    void theShopCancelsALineAndTheCouponsRulesAreAppliedToWhatIsLeft(Scenario scenario) {
        var coupon = UUID.randomUUID();
        var customer = UUID.randomUUID();
        given(benefits.quoteCoupon(customer, coupon, SHOP, "CHICKEN", 58_000)).willReturn(CouponQuote.discount(5_000));
        var placed = orders.place(new PlaceOrder(
                        customer,
                        "key-" + UUID.randomUUID(),
                        SHOP,
                        List.of(new CartItem(MENU, 2, List.of("Boneless")), new CartItem(MENU, 1, List.of())),
                        "Olympic-ro 240",
                        NEARBY,
                        coupon,
                        0))
                .order();
        var orderId = placed.getId();
        assertThat(placed.paymentAmount().won()).isEqualTo(40_000 + 18_000 + 3_000 - 5_000);
        progress.paymentApproved(orderId.id());
        orders.accept(OWNER, SHOP, orderId);
        // the coupon needs 50,000 of items: the 40,000 left are not enough
        given(benefits.requoteCoupon(orderId.id(), coupon, 40_000))
                .willReturn(CouponQuote.refused("the coupon needs an order of at least 50000 KRW"));

        scenario.stimulate(() -> orders.cancelLine(OWNER, SHOP, orderId, 1, "out of chicken"))
                .andWaitForEventOfType(OrderLineCancelled.class)
                .matching(event -> event.orderId().equals(orderId.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.line()).isEqualTo(1);
                    assertThat(event.refundAmount()).isEqualTo(18_000 - 5_000);
                    assertThat(event.couponReleased()).isTrue();
                    assertThat(event.customerId()).isEqualTo(customer);
                });

        var stored = orders.view(UUID.randomUUID(), true, orderId);
        assertThat(stored.status().name()).isEqualTo("ACCEPTED");
        assertThat(stored.lines()).extracting(line -> line.cancelReason()).containsExactly(null, "out of chicken");
        assertThat(stored.discountAmount().won()).isZero();
        assertThat(queries.findOrder(orderId.id()).orElseThrow().paymentAmount())
                .isEqualTo(43_000);
        assertThatThrownBy(() -> orders.cancelLine(UUID.randomUUID(), SHOP, orderId, 0, "not mine"))
                .isInstanceOf(NotYourShopException.class);
        assertThatThrownBy(() -> orders.cancelLine(OWNER, SHOP, orderId, 0, "the last one"))
                .isInstanceOf(LineCancellationRefusedException.class);
        assertThat(orders.view(UUID.randomUUID(), true, orderId).version()).isEqualTo(stored.version());
        // in the database: the cancelled line marked once, the timeline appended to, nothing written twice
        assertThat(jdbc.queryForList(
                        "SELECT cancel_reason FROM ordering.order_lines WHERE order_id = ? ORDER BY position",
                        String.class,
                        orderId.id()))
                .containsExactly(null, "out of chicken");
        assertThat(jdbc.queryForList(
                        "SELECT status FROM ordering.order_history WHERE order_id = ? ORDER BY position",
                        String.class,
                        orderId.id()))
                .containsExactly("PLACED", "PAID", "ACCEPTED");
    }

    @Test
    void aChangeStartsFromTheOrderAsThisInstanceStoredItWithoutReadingItBack() {
        var orderId =
                orders.place(command(UUID.randomUUID(), 1)).order().getId().id();

        progress.paymentApproved(orderId);

        verify(stored, never()).findById(new OrderId(orderId));
        assertThat(status(orderId)).isEqualTo("PAID");
    }

    @Test
    void aChangeRacingAnotherInstancesChangeIsAppliedAgainToTheOrderAsItNowIs() {
        var orderId =
                orders.place(command(UUID.randomUUID(), 1)).order().getId().id();
        // after this instance stored the order, another instance commits a change to it (on another connection, as
        // another JVM's would be): what this instance remembers is stale
        CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status ->
                        jdbc.update("UPDATE ordering.orders SET version = version + 1 WHERE id = ?", orderId)))
                .join();

        progress.paymentApproved(orderId);

        verify(stored, times(1)).findForChange(new OrderId(orderId));
        verify(stored, times(1)).findById(new OrderId(orderId));
        assertThat(status(orderId)).isEqualTo("PAID");
        assertThat(jdbc.queryForObject("SELECT version FROM ordering.orders WHERE id = ?", Long.class, orderId))
                .isEqualTo(3);
    }

    @Test
    void aPaidOrderTheShopNeverAnswersIsCancelledAsPaid(Scenario scenario) throws Exception {
        var orderId =
                orders.place(command(UUID.randomUUID(), 1)).order().getId().id();
        progress.paymentApproved(orderId);
        Thread.sleep(20);

        scenario.stimulate(() -> progress.cancelUnanswered(Duration.ofMillis(10)))
                .andWaitForEventOfType(OrderCancelled.class)
                .matching(event -> event.orderId().equals(orderId))
                .toArriveAndVerify(event -> {
                    assertThat(event.paid()).isTrue();
                    assertThat(status(orderId)).isEqualTo("CANCELLED");
                });
    }

    @Test
    void everyOrderGetsANumberOfItsDayThatNoOtherOrderHas() throws Exception {
        var placed = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 64; i++) {
                pool.submit(() -> placed.add(orders.place(command(UUID.randomUUID(), 1))
                        .order()
                        .number()
                        .value()));
            }
        }
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));

        assertThat(placed)
                .hasSize(64)
                .doesNotHaveDuplicates()
                .allMatch(number -> number.matches("B" + today + "\\d{4,}"));
        var stored = jdbc.queryForObject(
                "SELECT COUNT(DISTINCT order_number) FROM ordering.orders WHERE order_number LIKE ?",
                Long.class,
                "B" + today + "%");
        assertThat(stored).isGreaterThanOrEqualTo(64);
    }

    @Test
    void illegalTransitionsAreRefused() {
        var orderId = new OrderId(
                orders.place(command(UUID.randomUUID(), 1)).order().getId().id());

        assertThatThrownBy(() -> orders.accept(OWNER, SHOP, orderId)).isInstanceOf(OrderStepOutOfOrderException.class);
        progress.paymentApproved(orderId.id());
        orders.accept(OWNER, SHOP, orderId);
        assertThatThrownBy(() -> orders.reject(OWNER, SHOP, orderId, "too late"))
                .isInstanceOf(OrderStepOutOfOrderException.class);
        assertThatThrownBy(() -> orders.cancel(UUID.randomUUID(), orderId)).isInstanceOf(NotYourOrderException.class);
    }

    @Test
    void cartsBreakingTheShopsRulesAreRefused() {
        offer(false, false);
        assertThatThrownBy(() -> orders.place(command(UUID.randomUUID(), 1)))
                .isInstanceOf(CartRefusedException.class)
                .hasMessageContaining("not taking orders");

        offer(true, true);
        assertThatThrownBy(() -> orders.place(command(UUID.randomUUID(), 1)))
                .isInstanceOf(CartRefusedException.class)
                .hasMessageContaining("sold out");

        offer(true, false);
        var tooSmall = new PlaceOrder(
                UUID.randomUUID(),
                "k-" + UUID.randomUUID(),
                SHOP,
                List.of(new CartItem(MENU, 1, List.of())),
                "addr",
                NEARBY,
                null,
                0);
        assertThatThrownBy(() -> orders.place(tooSmall))
                .isInstanceOf(CartRefusedException.class)
                .hasMessageContaining("minimum order");
    }

    private String status(UUID orderId) {
        return queries.findOrder(orderId).orElseThrow().status();
    }

    private void offer(boolean open, boolean soldOut) {
        var menu = new OrderableMenu(
                MENU,
                "Fried Chicken",
                18_000,
                soldOut,
                List.of(new OrderableOptionGroup(
                        "Options", 0, 1, List.of(new OrderableOption("Boneless", 2_000, false)))));
        given(display.findOrderableShop(SHOP))
                .willReturn(Optional.of(new OrderableShop(
                        SHOP,
                        OWNER,
                        "Chicken",
                        "CHICKEN",
                        open,
                        37.5133,
                        127.1001,
                        3_000,
                        20_000,
                        3_000,
                        List.of(),
                        List.of(menu),
                        3)));
    }

    private static PlaceOrder command(UUID customer, int quantity) {
        return new PlaceOrder(
                customer,
                "key-" + UUID.randomUUID(),
                SHOP,
                List.of(new CartItem(MENU, quantity, List.of("Boneless"))),
                "Olympic-ro 240",
                NEARBY,
                null,
                0);
    }
}
