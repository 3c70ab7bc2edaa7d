package baedal.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import baedal.ad.api.AdQueries;
import baedal.ad.api.AdQueries.ContractTerms;
import baedal.ad.api.AdQueries.ShopAds;
import baedal.ad.events.AdStarted;
import baedal.coupon.api.CouponQueries;
import baedal.kernel.IdentifiedEvent;
import baedal.order.api.OrderQueries;
import baedal.order.api.OrderView;
import baedal.order.events.OrderDelivered;
import baedal.order.events.PaymentApproved;
import baedal.order.events.PaymentRefunded;
import baedal.settlement.application.NotYourShopException;
import baedal.settlement.application.PayoutManagement;
import baedal.settlement.application.SettlementManagement;
import baedal.settlement.domain.DailyStatement;
import baedal.settlement.domain.GatewayReconciliation.Difference;
import baedal.settlement.domain.GatewayReconciliation.GatewayLine;
import baedal.settlement.domain.Payout;
import baedal.settlement.events.SettlementClosed;
import baedal.shop.api.ShopQueries;
import baedal.shop.api.ShopView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The settlement module on its own, fed with order and payment facts; orders, ads, coupons and shops come from mocked
 * query ports. One business day (Asia/Seoul) with two delivered orders, one with a coupon the shop bears, and one
 * cancelled order, checked against a statement computed by hand.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class SettlementIntegrationTests {

    static final Instant NOON_IN_SEOUL = Instant.parse("2026-11-27T03:00:00Z");
    static final LocalDate DAY = LocalDate.parse("2026-11-27");

    @MockitoBean
    OrderQueries orders;

    @MockitoBean
    AdQueries ads;

    @MockitoBean
    CouponQueries coupons;

    @MockitoBean
    ShopQueries shops;

    private final SettlementManagement settlement;
    private final PayoutManagement payouts;
    private final JdbcClient jdbc;

    SettlementIntegrationTests(SettlementManagement settlement, PayoutManagement payouts, JdbcClient jdbc) {
        this.settlement = settlement;
        this.payouts = payouts;
        this.jdbc = jdbc;
    }

    @Test
    void aDayOfOrdersACancellationAndACouponMatchesTheHandComputedStatement(Scenario scenario) {
        var shop = UUID.randomUUID();
        var owner = UUID.randomUUID();
        given(shops.findShop(shop)).willReturn(Optional.of(shop(shop, owner)));
        given(ads.adsOf(shop)).willReturn(new ShopAds(shop, "OPEN_LIST", 6));
        var coupon = UUID.randomUUID();
        given(coupons.discountBearer(coupon)).willReturn(Optional.of("SHOP"));

        var plain = order(shop, 20_000, 0, null); // pays 20,000
        var withCoupon = order(shop, 38_000, 7_000, coupon); // pays 31,000; the shop bears the 7,000
        var cancelled = order(shop, 20_000, 0, null); // captured, then refunded
        var partly = order(shop, 15_000, 0, null); // captured 20,000; the shop cancelled a line of 5,000
        var facts = new ArrayList<IdentifiedEvent>();
        facts.add(new PaymentApproved(UUID.randomUUID(), UUID.randomUUID(), plain, 20_000, 1, NOON_IN_SEOUL));
        facts.add(new PaymentApproved(UUID.randomUUID(), UUID.randomUUID(), withCoupon, 31_000, 1, NOON_IN_SEOUL));
        facts.add(new PaymentApproved(UUID.randomUUID(), UUID.randomUUID(), cancelled, 20_000, 1, NOON_IN_SEOUL));
        facts.add(new PaymentApproved(UUID.randomUUID(), UUID.randomUUID(), partly, 20_000, 1, NOON_IN_SEOUL));
        facts.add(
                new PaymentRefunded(UUID.randomUUID(), UUID.randomUUID(), cancelled, 20_000, 20_000, 2, NOON_IN_SEOUL));
        facts.add(new PaymentRefunded(UUID.randomUUID(), UUID.randomUUID(), partly, 5_000, 5_000, 2, NOON_IN_SEOUL));
        facts.add(new OrderDelivered(UUID.randomUUID(), plain, shop, UUID.randomUUID(), 6, NOON_IN_SEOUL));
        facts.add(new OrderDelivered(UUID.randomUUID(), withCoupon, shop, UUID.randomUUID(), 6, NOON_IN_SEOUL));
        facts.add(new OrderDelivered(UUID.randomUUID(), partly, shop, UUID.randomUUID(), 6, NOON_IN_SEOUL));
        var ultraCall = UUID.randomUUID(); // 30,000 a month, its first month starting today
        given(ads.contract(ultraCall))
                .willReturn(Optional.of(new ContractTerms(
                        ultraCall,
                        shop,
                        "ULTRA_CALL",
                        30_000,
                        NOON_IN_SEOUL,
                        NOON_IN_SEOUL.plus(Duration.ofDays(20)))));
        facts.add(new AdStarted(UUID.randomUUID(), ultraCall, shop, 1, NOON_IN_SEOUL));

        publishAll(scenario, facts, shop);

        // sales 20,000 + 38,000 + 15,000; commission 6 % of each: 1,200 + 2,280 + 900; the shop's coupon 7,000;
        // Ultra Call 30,000
        var expected = new DailyStatement(shop, DAY, 73_000, -4_380, -7_000, -30_000, 3, false);
        assertThat(settlement.statements(owner, false, shop, DAY, DAY)).containsExactly(expected);
        assertThat(expected.payout()).isEqualTo(31_620);
        var reconciliation = settlement.reconcile(DAY, DAY);
        assertThat(reconciliation.captured()).isEqualTo(91_000);
        assertThat(reconciliation.refunded()).isEqualTo(25_000);
        assertThat(reconciliation.settledSales()).isEqualTo(66_000);
        assertThat(reconciliation.balanced()).isTrue();

        // every fact of the day once more (a re-publication): nothing changes
        publishAll(scenario, facts, shop);
        assertThat(settlement.statements(owner, true, shop, DAY, DAY)).containsExactly(expected);
        assertThat(settlement.reconcile(DAY, DAY)).isEqualTo(reconciliation);

        // and below the inbox: the ledger itself refuses a second booking of the same fact
        var delivered = (OrderDelivered) facts.get(6);
        settlement.orderDelivered(
                delivered.orderId(), delivered.version(), delivered.eventId(), delivered.occurredAt());
        settlement.paymentCaptured(plain, 20_000, NOON_IN_SEOUL);
        settlement.paymentRefunded(partly, 4_000); // a smaller total arriving late
        settlement.paymentRefunded(partly, 5_000);
        assertThat(settlement.statements(owner, false, shop, DAY, DAY)).containsExactly(expected);
        assertThat(settlement.reconcile(DAY, DAY)).isEqualTo(reconciliation);

        // closing the day publishes its payout; a sale arriving afterwards goes to the next day
        scenario.stimulate(() -> settlement.closeDay(DAY))
                .andWaitForEventOfType(SettlementClosed.class)
                .matching(closed -> closed.shopId().equals(shop))
                .toArriveAndVerify(closed -> assertThat(closed.payout()).isEqualTo(31_620));
        assertThat(settlement.closeDay(DAY)).isEmpty();

        // the closed statement is paid out to the shop once, however often it is asked for
        await().atMost(Duration.ofSeconds(10))
                .until(() -> payouts.payouts(owner, false, shop, DAY, DAY).stream()
                        .anyMatch(p -> p.status() == Payout.Status.PAID));
        var paid = payouts.payouts(owner, false, shop, DAY, DAY).getFirst();
        assertThat(paid.amount()).isEqualTo(31_620);
        assertThat(paid.reference()).isNotBlank();
        assertThat(payouts.payOut(shop, DAY, 31_620).reference()).isEqualTo(paid.reference());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM settlement.sandbox_transfers WHERE shop_id = :shop")
                        .param("shop", shop)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThatThrownBy(() -> payouts.payouts(UUID.randomUUID(), false, shop, DAY, DAY))
                .isInstanceOf(NotYourShopException.class);

        // the gateway's file of the day: one capture short, one the payment module never reported
        var stranger = UUID.randomUUID();
        var gatewayFile = List.of(
                new GatewayLine(plain, GatewayLine.Type.CAPTURE, 20_000, DAY),
                new GatewayLine(withCoupon, GatewayLine.Type.CAPTURE, 30_000, DAY),
                new GatewayLine(cancelled, GatewayLine.Type.CAPTURE, 20_000, DAY),
                new GatewayLine(cancelled, GatewayLine.Type.REFUND, 20_000, DAY),
                new GatewayLine(partly, GatewayLine.Type.CAPTURE, 20_000, DAY),
                new GatewayLine(partly, GatewayLine.Type.REFUND, 5_000, DAY),
                new GatewayLine(stranger, GatewayLine.Type.CAPTURE, 5_000, DAY));
        var againstGateway = settlement.reconcileWithGateway(DAY, DAY, gatewayFile);
        assertThat(againstGateway.matchedOrders()).isEqualTo(3);
        assertThat(againstGateway.differences())
                .containsExactly(
                        new Difference(stranger, Difference.Kind.UNKNOWN_TO_US, 0, 5_000),
                        new Difference(withCoupon, Difference.Kind.CAPTURE_DIFFERS, 31_000, 30_000));

        // an order refunded in part and not yet delivered is under way, not a difference
        var underWay = order(shop, 15_000, 0, null);
        settlement.paymentCaptured(underWay, 20_000, NOON_IN_SEOUL);
        settlement.paymentRefunded(underWay, 5_000);
        assertThat(settlement.reconcile(DAY, DAY)).isEqualTo(reconciliation);

        var late = order(shop, 20_000, 0, null);
        settlement.orderDelivered(late, 5, UUID.randomUUID(), NOON_IN_SEOUL);
        assertThat(settlement.statements(owner, false, shop, DAY, DAY.plusDays(1)))
                .extracting(DailyStatement::date, DailyStatement::sales, DailyStatement::closed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DAY, 73_000L, true),
                        org.assertj.core.groups.Tuple.tuple(DAY.plusDays(1), 20_000L, false));
    }

    @Test
    void onlyTheShopsOwnerSeesItsStatementsAndPeriodsRunForward() {
        var shop = UUID.randomUUID();
        given(shops.findShop(shop)).willReturn(Optional.of(shop(shop, UUID.randomUUID())));

        assertThatThrownBy(() -> settlement.statements(UUID.randomUUID(), false, shop, DAY, DAY))
                .isInstanceOf(NotYourShopException.class);
        assertThatThrownBy(() -> settlement.statements(UUID.randomUUID(), true, shop, DAY, DAY.minusDays(1)))
                .hasMessageContaining("forward");
    }

    private void publishAll(Scenario scenario, List<IdentifiedEvent> facts, UUID shop) {
        for (var fact : facts) {
            scenario.publish(fact).andWaitForStateChange(() -> true).andVerify(ignored -> {});
        }
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> settlement.statements(UUID.randomUUID(), true, shop, DAY, DAY).stream()
                                        .mapToLong(DailyStatement::orders)
                                        .sum()
                                == 3
                        && settlement
                                        .statements(UUID.randomUUID(), true, shop, DAY, DAY)
                                        .getFirst()
                                        .adFees()
                                == -30_000
                        && settlement.reconcile(DAY, DAY).balanced()
                        && settlement.reconcile(DAY, DAY).refunded() == 25_000);
    }

    private UUID order(UUID shop, long total, long discount, @Nullable UUID coupon) {
        var id = UUID.randomUUID();
        given(orders.findOrder(eq(id), anyLong()))
                .willReturn(Optional.of(new OrderView(
                        id,
                        UUID.randomUUID(),
                        shop,
                        "DELIVERED",
                        total,
                        discount,
                        coupon,
                        0,
                        total - discount,
                        6,
                        "B2612040001",
                        "Olympic-ro 240",
                        37.5140,
                        127.1010)));
        return id;
    }

    private static ShopView shop(UUID shop, UUID owner) {
        return new ShopView(
                shop,
                owner,
                "Settled Chicken",
                "CHICKEN",
                "Olympic-ro 300",
                37.5,
                127.1,
                3_000,
                15_000,
                2_000,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "Asia/Seoul",
                true,
                1);
    }
}
