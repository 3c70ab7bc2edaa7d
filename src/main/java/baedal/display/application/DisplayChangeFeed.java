package baedal.display.application;

import baedal.display.domain.ShopDocumentChange;
import baedal.display.domain.ShopDocuments;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jmolecules.architecture.hexagonal.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this instance's in-memory display in step with the documents every instance stores: loads them all at
 * start-up, then follows the change feed (each stored change has the next sequence number, in commit order) on a
 * thread of its own. An instance that was paused or cut off reads everything it missed at its next turn. The load
 * runs before the application reports ready, so an instance takes no traffic before it serves every shop.
 */
@Application
@Component
class DisplayChangeFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DisplayChangeFeed.class);
    private static final int BATCH = 500;

    private final ShopDocuments documents;
    private final DisplayReadModel model;
    private final TransactionTemplate transactions;
    private final Duration interval;
    private final AtomicLong position = new AtomicLong(-1);
    private final ScheduledExecutorService follower = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("display-feed").daemon().factory());

    DisplayChangeFeed(
            ShopDocuments documents,
            DisplayReadModel model,
            TransactionTemplate transactions,
            MeterRegistry meters,
            @Value("${baedal.display.follow-interval:PT0.1S}") Duration interval) {
        this.documents = documents;
        this.model = model;
        this.transactions = transactions;
        this.interval = interval;
        Gauge.builder("baedal.display.feed.position", position, AtomicLong::get)
                .description("Sequence number of the last stored display change this instance shows")
                .register(meters);
    }

    /** Serves every stored document from memory, without asking any other module, and follows the feed. */
    @EventListener(ApplicationStartedEvent.class)
    void start() {
        var stored = transactions.execute(status -> documents.findAll());
        model.replaceAll(() -> stored);
        position.set(
                stored.stream().mapToLong(ShopDocumentChange::sequence).max().orElse(0));
        follower.scheduleWithFixedDelay(this::followSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Display serving {} shops from its own store, following changes after {}", stored.size(), position);
    }

    /**
     * Applies every change committed since the last turn, reading only the documents this instance does not show
     * yet (its own writes it shows already); returns how many changes it went past.
     */
    int catchUp() {
        int seen = 0;
        while (true) {
            var marks = transactions.execute(status -> documents.changesAfter(position.get(), BATCH));
            for (var mark : marks) {
                if (model.sequenceOf(mark.shopId()) < mark.sequence()) {
                    transactions
                            .execute(status -> documents.latest(mark.shopId()))
                            .ifPresent(model::apply);
                }
                position.set(mark.sequence());
            }
            seen += marks.size();
            if (marks.size() < BATCH) {
                return seen;
            }
        }
    }

    private void followSafely() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("Following the display's change feed failed; trying again: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        follower.shutdownNow();
    }
}
