package baedal.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import baedal.coupon.application.CouponManagement;
import baedal.coupon.application.OrderBenefitHandling;
import baedal.coupon.domain.CampaignId;
import baedal.coupon.domain.CouponCampaign;
import baedal.coupon.domain.CouponCampaign.Bearer;
import baedal.coupon.domain.Discount;
import baedal.coupon.domain.PointEntry.Kind;
import baedal.kernel.Money;
import baedal.order.api.OrderQueries;
import baedal.order.api.OrderView;
import baedal.order.events.OrderBenefitsRefused;
import baedal.order.events.OrderCancelled;
import baedal.order.events.OrderDelivered;
import baedal.order.events.OrderLineCancelled;
import baedal.order.events.OrderPaid;
import baedal.order.events.OrderPlaced;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/** Coupons and points on orders, driven by the order module's events; orders are read from a mocked query port. */
@ApplicationModuleTest
@ActiveProfiles("test")
class CouponOnOrdersIntegrationTests {

    static final UUID SHOP = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

    @MockitoBean
    OrderQueries orders;

    private final CouponManagement coupons;
    private final OrderBenefitHandling benefits;

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    CouponOnOrdersIntegrationTests(
            CouponManagement coupons,
            OrderBenefitHandling benefits,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            JdbcClient jdbc) {
        this.coupons = coupons;
        this.benefits = benefits;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Test
    void aCouponIsTakenByThePlacedOrderUsedOnPaymentAndBackOnCancellation(Scenario scenario) {
        var customer = UUID.randomUUID();
        var coupon = coupons.issue(campaign(), customer).getId().id();
        var order = order(customer, coupon, 0, 30_000);

        scenario.publish(new OrderPlaced(UUID.randomUUID(), order, SHOP, customer, true, 1, Instant.now()))
                .andWaitForStateChange(() -> status(customer), "RESERVED"::equals)
                .andVerify(status -> assertThat(status).isEqualTo("RESERVED"));
        scenario.publish(new OrderPaid(UUID.randomUUID(), order, SHOP, true, 2, Instant.now()))
                .andWaitForStateChange(() -> status(customer), "USED"::equals)
                .andVerify(status -> assertThat(status).isEqualTo("USED"));
        scenario.publish(new OrderCancelled(UUID.randomUUID(), order, SHOP, true, true, 3, Instant.now()))
                .andWaitForStateChange(() -> status(customer), "ISSUED"::equals)
                .andVerify(status -> assertThat(status).isEqualTo("ISSUED"));
    }

    @Test
    void aLineCancelledByTheShopRequotesTheCouponAndACouponNoLongerReachedGoesBack(Scenario scenario) {
        var customer = UUID.randomUUID();
        var coupon = coupons.issue(campaign(), customer).getId().id();
        var order = order(customer, coupon, 0, 30_000);
        benefits.take(order, UUID.randomUUID());
        benefits.confirm(order);

        assertThat(benefits.requote(order, coupon, 16_000).discountAmount()).isEqualTo(7_000);
        assertThat(benefits.requote(order, coupon, 14_000).refusal()).contains("at least 15000");
        assertThat(benefits.requote(UUID.randomUUID(), coupon, 16_000).refusal())
                .contains("not on this order");

        var kept = new OrderLineCancelled(UUID.randomUUID(), order, SHOP, customer, 0, 3_000, false, true, 3, NOW);
        scenario.publish(kept)
                .andWaitForStateChange(() -> status(customer))
                .andVerify(status -> assertThat(status).isEqualTo("USED"));
        var released = new OrderLineCancelled(UUID.randomUUID(), order, SHOP, customer, 1, 2_000, true, true, 4, NOW);
        scenario.publish(released)
                .andWaitForStateChange(() -> status(customer), "ISSUED"::equals)
                .andVerify(status -> assertThat(
                                coupons.coupons(customer).getFirst().orderId())
                        .isNull());
    }

    @Test
    void theSecondOrderOnOneCouponHasItsBenefitsRefused(Scenario scenario) {
        var customer = UUID.randomUUID();
        var coupon = coupons.issue(campaign(), customer).getId().id();
        var first = order(customer, coupon, 0, 30_000);
        var second = order(customer, coupon, 0, 30_000);
        benefits.take(first, UUID.randomUUID());

        scenario.publish(new OrderPlaced(UUID.randomUUID(), second, SHOP, customer, true, 1, Instant.now()))
                .andWaitForEventOfType(OrderBenefitsRefused.class)
                .matching(refused -> refused.orderId().equals(second))
                .toArriveAndVerify(refused -> assertThat(refused.reason()).contains("another order"));
        assertThat(coupons.coupons(customer).getFirst().orderId()).isEqualTo(first);
    }

    @Test
    void pointsAreEarnedOnDeliverySpentOnOrdersAndGivenBackOnCancellationOnce(Scenario scenario) {
        var customer = UUID.randomUUID();
        var delivered = order(customer, null, 0, 250_000);
        var deliveredEvent = new OrderDelivered(UUID.randomUUID(), delivered, SHOP, customer, 5, Instant.now());

        scenario.publish(deliveredEvent)
                .andWaitForStateChange(() -> benefits.pointBalance(customer), balance -> balance > 0)
                .andVerify(balance -> assertThat(balance).isEqualTo(2_500)); // 1 % of what was paid

        var spending = order(customer, null, 2_000, 20_000);
        benefits.take(spending, UUID.randomUUID());
        assertThat(benefits.pointBalance(customer)).isEqualTo(500);

        var tooMuch = order(customer, null, 1_000, 20_000);
        scenario.publish(new OrderPlaced(UUID.randomUUID(), tooMuch, SHOP, customer, true, 1, Instant.now()))
                .andWaitForEventOfType(OrderBenefitsRefused.class)
                .matching(refused -> refused.orderId().equals(tooMuch))
                .toArriveAndVerify(
                        refused -> assertThat(benefits.pointBalance(customer)).isEqualTo(500));

        var cancelled = new OrderCancelled(UUID.randomUUID(), spending, SHOP, false, true, 2, Instant.now());
        benefits.giveBack(spending, cancelled.eventId());
        assertThat(benefits.pointBalance(customer)).isEqualTo(2_500);

        // the same facts again (a re-publication): nothing changes
        benefits.giveBack(spending, cancelled.eventId());
        benefits.earnPoints(delivered, deliveredEvent.version(), deliveredEvent.eventId());
        benefits.take(spending, UUID.randomUUID());
        assertThat(benefits.pointBalance(customer)).isEqualTo(2_500);
        assertThat(benefits.pointEntries(customer))
                .extracting(entry -> entry.kind())
                .containsExactlyInAnyOrder(Kind.EARNED, Kind.SPENT, Kind.RESTORED);
    }

    @Test
    void ordersWithoutCouponOrPointsLeaveNoWorkForTheCouponModule() {
        var plain = UUID.randomUUID();
        var discounted = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(
                    new OrderPlaced(UUID.randomUUID(), plain, SHOP, UUID.randomUUID(), false, 1, Instant.now()));
            events.publishEvent(new OrderPaid(UUID.randomUUID(), plain, SHOP, false, 2, Instant.now()));
            events.publishEvent(new OrderPaid(UUID.randomUUID(), discounted, SHOP, true, 2, Instant.now()));
        });

        assertThat(publicationsMentioning(plain))
                .as("no publication, so nothing to run or retry")
                .isZero();
        assertThat(publicationsMentioning(discounted)).isEqualTo(1);
    }

    @Test
    void aQuoteAppliesTheCampaignsRules() {
        var customer = UUID.randomUUID();
        var coupon = coupons.issue(campaign(), customer).getId().id();

        assertThat(benefits.quote(customer, coupon, SHOP, "CHICKEN", 18_000).discountAmount())
                .isEqualTo(7_000);
        assertThat(benefits.quote(customer, coupon, SHOP, "CHICKEN", 14_000).refusal())
                .contains("at least 15000");
        assertThat(benefits.quote(UUID.randomUUID(), coupon, SHOP, "CHICKEN", 18_000)
                        .usable())
                .isFalse();
    }

    private CampaignId campaign() {
        return coupons.createCampaign(new CouponCampaign(
                CampaignId.random(),
                "Chicken 7000",
                Discount.fixed(Money.won(7_000)),
                Money.won(15_000),
                100,
                1,
                null,
                Instant.now().minus(Duration.ofMinutes(1)),
                Instant.now().plus(Duration.ofDays(1)),
                null,
                null,
                Bearer.PLATFORM));
    }

    private UUID order(UUID customer, @Nullable UUID coupon, long points, long paid) {
        var id = UUID.randomUUID();
        given(orders.findOrder(eq(id), anyLong()))
                .willReturn(Optional.of(new OrderView(
                        id,
                        customer,
                        SHOP,
                        "PLACED",
                        paid + 7_000,
                        7_000,
                        coupon,
                        points,
                        paid,
                        1,
                        "B2612040001",
                        "Olympic-ro 240",
                        37.5140,
                        127.1010)));
        return id;
    }

    private long publicationsMentioning(UUID order) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :id)
                             + (SELECT COUNT(*) FROM event_publication_archive WHERE serialized_event LIKE :id)""").param("id", "%" + order + "%").query(Long.class).single();
    }

    private String status(UUID customer) {
        return coupons.coupons(customer).getFirst().status().name();
    }
}
