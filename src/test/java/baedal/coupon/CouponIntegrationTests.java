package baedal.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import baedal.coupon.application.CouponManagement;
import baedal.coupon.domain.AlreadyIssuedException;
import baedal.coupon.domain.CampaignEndedException;
import baedal.coupon.domain.CampaignId;
import baedal.coupon.domain.CampaignNotOpenException;
import baedal.coupon.domain.Coupon;
import baedal.coupon.domain.CouponCampaign;
import baedal.coupon.domain.CouponCampaign.Bearer;
import baedal.coupon.domain.CouponIssuance;
import baedal.coupon.domain.CouponIssuance.Outcome.Result;
import baedal.coupon.domain.Discount;
import baedal.coupon.domain.SoldOutException;
import baedal.coupon.events.CouponIssued;
import baedal.kernel.Money;
import baedal.order.api.OrderQueries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

/** The coupon module on its own: campaigns and first-come-first-served issuance. */
@ApplicationModuleTest
@ActiveProfiles("test")
class CouponIntegrationTests {

    @MockitoSpyBean
    CouponIssuance issuance;

    @MockitoBean
    OrderQueries orders;

    private final CouponManagement coupons;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    CouponIntegrationTests(CouponManagement coupons, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.coupons = coupons;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Test
    void issuesEveryCouponOnceAndNoMoreUnderAConcurrentBurst() throws Exception {
        var campaign = campaign(200, 1, null);
        var customers = new ArrayList<UUID>();
        for (int i = 0; i < 600; i++) {
            customers.add(UUID.randomUUID());
        }
        var claims = new ArrayList<UUID>(customers);
        claims.addAll(customers); // every customer claims twice
        Collections.shuffle(claims);

        var answered = ConcurrentHashMap.<UUID>newKeySet();
        var holders = ConcurrentHashMap.<UUID>newKeySet();
        var soldOut = new AtomicInteger();
        var alreadyIssued = new AtomicInteger();
        var tasks = new ArrayList<Future<?>>();
        try (var pool = Executors.newFixedThreadPool(32)) {
            for (var customer : claims) {
                tasks.add(pool.submit(() -> {
                    try {
                        var coupon = coupons.issue(campaign, customer);
                        answered.add(coupon.getId().id());
                        assertThat(holders.add(customer))
                                .as("a second coupon for " + customer)
                                .isTrue();
                    } catch (SoldOutException e) {
                        soldOut.incrementAndGet();
                    } catch (AlreadyIssuedException e) {
                        alreadyIssued.incrementAndGet();
                    }
                }));
            }
        }
        for (var task : tasks) {
            task.get(); // fails the test with any assertion or unexpected error of a claim
        }

        assertThat(answered).hasSize(200);
        assertThat(soldOut.get() + alreadyIssued.get()).isEqualTo(1_000);
        var tally = coupons.tally(campaign);
        assertThat(tally.issued()).isEqualTo(200);
        assertThat(tally.customers()).isEqualTo(200);
        assertThat(tally.overLimit()).isZero();
        var stored = holders.stream()
                .flatMap(customer -> coupons.coupons(customer).stream())
                .map(coupon -> coupon.getId().id())
                .toList();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(answered);
    }

    @Test
    void givesOneCustomerNoMoreThanThePerCustomerLimit() throws Exception {
        var campaign = campaign(100, 2, null);
        var customer = UUID.randomUUID();
        var issued = Collections.synchronizedList(new ArrayList<Coupon>());
        var tasks = new ArrayList<Future<?>>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 20; i++) {
                tasks.add(pool.submit(() -> {
                    try {
                        issued.add(coupons.issue(campaign, customer));
                    } catch (AlreadyIssuedException expected) {
                        // the limit is reached
                    }
                }));
            }
        }
        for (var task : tasks) {
            task.get();
        }

        assertThat(issued).hasSize(2);
        assertThat(coupons.coupons(customer)).hasSize(2);
        assertThat(coupons.tally(campaign).overLimit()).isZero();
    }

    @Test
    void aClaimRefusedForTheLimitLeavesItsCouponToTheNextClaimOfTheBatch() throws Exception {
        // customers who already hold the campaign's coupon claim again, as their second claim does when a load
        // balancer sent the first to another instance (whose memory this instance does not share), mixed with new
        // customers as many as coupons are left: every new customer gets one; a holder is refused for the limit, or
        // told
        // sold out once the last coupon went
        var id = campaign(30, 1, null);
        var campaign = coupons.campaign(id);
        var holders = new ArrayList<UUID>();
        for (int i = 0; i < 20; i++) {
            holders.add(UUID.randomUUID());
            assertThat(issuance.issue(campaign, holders.getLast()).result()).isEqualTo(Result.ISSUED);
        }
        var newcomers = new ArrayList<UUID>();
        for (int i = 0; i < 10; i++) {
            newcomers.add(UUID.randomUUID());
        }
        var claims = new ArrayList<UUID>(holders);
        claims.addAll(holders);
        claims.addAll(newcomers);
        Collections.shuffle(claims);

        // another instance holds the campaign row while the claims arrive, so they are decided together in one batch
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var results = new ConcurrentHashMap<Result, AtomicInteger>();
        var tasks = new ArrayList<Future<?>>();
        try (var pool = Executors.newFixedThreadPool(51)) {
            var otherInstance = pool.submit(() -> transactions.executeWithoutResult(tx -> {
                jdbc.update("UPDATE coupon.campaigns SET issued_count = issued_count WHERE id = ?", id.id());
                locked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(5, TimeUnit.SECONDS)).isTrue();
            for (var customer : claims) {
                tasks.add(pool.submit(() -> results.computeIfAbsent(
                                issuance.issue(campaign, customer).result(), k -> new AtomicInteger())
                        .incrementAndGet()));
            }
            Thread.sleep(300);
            release.countDown();
            otherInstance.get();
        }
        for (var task : tasks) {
            task.get();
        }

        assertThat(results.get(Result.ISSUED)).hasValue(10);
        assertThat(results.get(Result.LIMIT_REACHED).get()
                        + results.getOrDefault(Result.SOLD_OUT, new AtomicInteger())
                                .get())
                .isEqualTo(40);
        assertThat(newcomers)
                .allSatisfy(customer -> assertThat(coupons.coupons(customer)).hasSize(1));
        var tally = coupons.tally(id);
        assertThat(tally.issued()).isEqualTo(30);
        assertThat(tally.overLimit()).isZero();
    }

    @Test
    void oncePastSoldOutRefusesWithoutAskingTheDatabase() {
        var campaign = campaign(3, 1, null);
        for (int i = 0; i < 3; i++) {
            coupons.issue(campaign, UUID.randomUUID());
        }
        assertThatThrownBy(() -> coupons.issue(campaign, UUID.randomUUID())).isInstanceOf(SoldOutException.class);
        clearInvocations(issuance);

        for (int i = 0; i < 50; i++) {
            assertThatThrownBy(() -> coupons.issue(campaign, UUID.randomUUID())).isInstanceOf(SoldOutException.class);
        }
        verify(issuance, never()).issue(any(), any());
    }

    @Test
    void refusesClaimsBeforeTheOpeningInstantAndAfterTheEnd() {
        var notYet = campaign(10, 1, Instant.now().plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> coupons.issue(notYet, UUID.randomUUID())).isInstanceOf(CampaignNotOpenException.class);

        var ended = coupons.createCampaign(new CouponCampaign(
                CampaignId.random(),
                "Last week",
                Discount.fixed(Money.won(1_000)),
                Money.ZERO,
                10,
                1,
                null,
                Instant.now().minus(Duration.ofDays(7)),
                Instant.now().minus(Duration.ofDays(1)),
                null,
                null,
                Bearer.PLATFORM));
        assertThatThrownBy(() -> coupons.issue(ended, UUID.randomUUID()))
                .isInstanceOf(CampaignEndedException.class)
                .hasMessageContaining("ended");
        assertThat(coupons.tally(notYet).issued() + coupons.tally(ended).issued())
                .isZero();
    }

    @Test
    void publishesCouponIssued(Scenario scenario) {
        var campaign = campaign(10, 1, null);
        var customer = UUID.randomUUID();

        scenario.stimulate(() -> coupons.issue(campaign, customer))
                .andWaitForEventOfType(CouponIssued.class)
                .matching(event -> event.customerId().equals(customer)
                        && event.campaignId().equals(campaign.id()))
                .toArriveAndVerify((event, coupon) ->
                        assertThat(event.couponId()).isEqualTo(coupon.getId().id()));
    }

    @Test
    void aCampaignIsReadBackAsItWasCreatedAndStartsWithNothingIssued() {
        var shop = UUID.randomUUID();
        var opens = Instant.parse("2026-12-24T09:00:00Z");
        var stored = new CouponCampaign(
                CampaignId.random(),
                "Christmas 10%",
                Discount.percent(10, Money.won(3_000)),
                Money.won(20_000),
                500,
                2,
                opens,
                opens.minus(Duration.ofHours(1)),
                opens.plus(Duration.ofDays(2)),
                shop,
                "CHICKEN",
                Bearer.SHOP);

        var id = coupons.createCampaign(stored);

        var read = coupons.campaign(id);
        assertThat(read).usingRecursiveComparison().isEqualTo(stored);
        assertThat(jdbc.queryForObject(
                        "SELECT issued_count FROM coupon.campaigns WHERE id = ?", Integer.class, id.id()))
                .isZero();
    }

    @Test
    void aPercentageDiscountIsCappedAndNeverExceedsTheOrder() {
        var discount = Discount.percent(10, Money.won(3_000));

        assertThat(discount.of(Money.won(18_000))).isEqualTo(Money.won(1_800));
        assertThat(discount.of(Money.won(50_000))).isEqualTo(Money.won(3_000));
        assertThat(Discount.fixed(Money.won(7_000)).of(Money.won(5_000))).isEqualTo(Money.won(5_000));
        assertThat(discount.of(Money.won(19_999))).isEqualTo(Money.won(1_999));
    }

    private CampaignId campaign(int quantity, int perUserLimit, @Nullable Instant opensAt) {
        return coupons.createCampaign(new CouponCampaign(
                CampaignId.random(),
                "Chicken " + quantity,
                Discount.fixed(Money.won(7_000)),
                Money.won(15_000),
                quantity,
                perUserLimit,
                opensAt,
                Instant.now().minus(Duration.ofMinutes(1)),
                Instant.now().plus(Duration.ofDays(1)),
                null,
                null,
                Bearer.PLATFORM));
    }
}
