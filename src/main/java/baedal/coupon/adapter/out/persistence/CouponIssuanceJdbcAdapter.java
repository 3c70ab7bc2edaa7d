package baedal.coupon.adapter.out.persistence;

import baedal.coupon.application.IssuanceUnavailableException;
import baedal.coupon.domain.CampaignId;
import baedal.coupon.domain.Coupon;
import baedal.coupon.domain.CouponCampaign;
import baedal.coupon.domain.CouponIssuance;
import baedal.coupon.domain.CouponIssuance.Outcome.Result;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for coupon claims. Requests queue up; one writer thread takes whatever is waiting (up to
 * {@code baedal.coupon.max-batch}) and decides it in one transaction per campaign: it locks the campaign row, reads how many
 * coupons are left, inserts at most that many with a statement that also enforces the per-customer limit, raises the
 * campaign's count, and commits. Only then are the waiting requests answered, so every answered coupon is stored.
 * The campaign row lock serialises these transactions across application instances, which is what makes the count
 * exact with several instances on one database; the unique key on (campaign, customer, ordinal) is the last guard.
 */
@SecondaryAdapter
@Component
class CouponIssuanceJdbcAdapter implements CouponIssuance, SmartLifecycle {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(CouponIssuanceJdbcAdapter.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BlockingQueue<Claim> waiting = new LinkedBlockingQueue<>();
    private final DistributionSummary batchSizes;
    private final int maxBatch;
    private volatile boolean running;
    private Thread writer;

    CouponIssuanceJdbcAdapter(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock,
            MeterRegistry meters,
            @Value("${baedal.coupon.max-batch:1000}") int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("baedal.coupon.max-batch must be at least 1");
        }
        this.maxBatch = maxBatch;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.batchSizes = DistributionSummary.builder("baedal.coupons.issue.batch")
                .description("coupon claims decided per transaction")
                .register(meters);
    }

    @Override
    public Outcome issue(CouponCampaign campaign, UUID customerId) {
        if (!running) {
            throw new IssuanceUnavailableException("coupon issuance is not running");
        }
        var claim = new Claim(campaign, customerId, new CompletableFuture<>());
        waiting.add(claim);
        try {
            return claim.answer().get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IssuanceUnavailableException("interrupted while waiting for the coupon");
        } catch (TimeoutException e) {
            throw new IssuanceUnavailableException("the coupon could not be stored in time; check your coupons");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private void drain() {
        var batch = new ArrayList<Claim>(maxBatch);
        while (running || !waiting.isEmpty()) {
            try {
                var first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, maxBatch - 1);
                batchSizes.record(batch.size());
                decide(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("coupon batch failed", e);
                batch.forEach(claim -> claim.answer().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void decide(List<Claim> batch) {
        var byCampaign = new LinkedHashMap<CampaignId, List<Claim>>();
        batch.forEach(claim -> byCampaign
                .computeIfAbsent(claim.campaign().getId(), k -> new ArrayList<>())
                .add(claim));
        byCampaign.values().forEach(claims -> {
            try {
                complete(claims, transactions.execute(tx -> decideInOneTransaction(claims)));
            } catch (RuntimeException e) {
                // a batch that fails (a deadlock victim, a unique-key collision the count did not foresee) is decided
                // again one claim at a time, so one bad claim cannot fail the others
                log.warn("coupon batch of {} failed ({}); deciding one by one", claims.size(), e.toString());
                claims.forEach(claim -> {
                    try {
                        complete(List.of(claim), transactions.execute(tx -> decideInOneTransaction(List.of(claim))));
                    } catch (RuntimeException single) {
                        claim.answer().completeExceptionally(single);
                    }
                });
            }
        });
    }

    private List<Outcome> decideInOneTransaction(List<Claim> claims) {
        var campaign = claims.getFirst().campaign();
        var id = campaign.getId().id();
        jdbc.update("UPDATE coupon.campaigns SET issued_count = issued_count WHERE id = ?", id);
        var left = jdbc.queryForObject(
                "SELECT total_quantity - issued_count FROM coupon.campaigns WHERE id = ?", Integer.class, id);
        var now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        var outcomes = new ArrayList<Outcome>(claims.size());
        int available = left == null ? 0 : left;
        int issued = 0;
        // as many claims as coupons are left, then again for the coupons a refused claim (the customer holds the
        // limit already, perhaps through another instance) did not take: a refusal never turns into sold out
        while (outcomes.size() < claims.size() && issued < available) {
            var round = claims.subList(outcomes.size(), Math.min(claims.size(), outcomes.size() + available - issued));
            var coupons = round.stream()
                    .map(claim -> Coupon.issue(campaign.getId(), claim.customerId(), now))
                    .toList();
            var inserted = insert(campaign, coupons, now);
            for (int i = 0; i < coupons.size(); i++) {
                if (inserted[i] == 0) {
                    outcomes.add(Outcome.of(Result.LIMIT_REACHED));
                } else {
                    issued++;
                    var coupon = coupons.get(i);
                    coupon.releaseEvents().forEach(events::publishEvent);
                    outcomes.add(Outcome.issued(coupon));
                }
            }
        }
        while (outcomes.size() < claims.size()) {
            outcomes.add(Outcome.of(Result.SOLD_OUT));
        }
        if (issued > 0) {
            jdbc.update("UPDATE coupon.campaigns SET issued_count = issued_count + ? WHERE id = ?", issued, id);
        }
        return outcomes;
    }

    /**
     * Inserts the coupons, returning 1 for each stored and 0 for each refused by the per-customer limit: each insert
     * counts the customer's coupons itself. That count is exact because every issuing transaction, on any instance,
     * holds the campaign row first; so a customer whose second claim went to another instance (round robin) is refused
     * here row by row instead of breaking the whole batch on the unique key.
     */
    private int[] insert(CouponCampaign campaign, List<Coupon> coupons, Instant now) {
        var id = campaign.getId().id();
        var at = Timestamp.from(now);
        return jdbc.batchUpdate(
                """
                INSERT INTO coupon.coupons (id, campaign_id, customer_id, ordinal, status, issued_at, version)
                SELECT ?, ?, ?, COUNT(*) + 1, 'ISSUED', ?, 1 FROM coupon.coupons
                WHERE campaign_id = ? AND customer_id = ? HAVING COUNT(*) < ?""",
                coupons.stream()
                        .map(c -> new Object[] {
                            c.getId().id(), id, c.customerId(), at, id, c.customerId(), campaign.perUserLimit()
                        })
                        .toList());
    }

    private static void complete(List<Claim> claims, List<Outcome> outcomes) {
        for (int i = 0; i < claims.size(); i++) {
            claims.get(i).answer().complete(outcomes.get(i));
        }
    }

    @Override
    public void start() {
        running = true;
        writer = Thread.ofPlatform().name("coupon-issuance").daemon().start(this::drain);
    }

    /** Stops taking claims and answers the ones already waiting before the database goes away. */
    @Override
    public void stop() {
        running = false;
        try {
            writer.join(ANSWER_WITHIN.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record Claim(CouponCampaign campaign, UUID customerId, CompletableFuture<Outcome> answer) {}
}
