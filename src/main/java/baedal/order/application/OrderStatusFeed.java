package baedal.order.application;

import baedal.order.domain.OrderId;
import baedal.order.domain.Orders;
import baedal.order.domain.StatusMark;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jmolecules.architecture.hexagonal.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells watchers on this instance of every status change of the orders or shops they watch, whichever instance made
 * it: while anyone watches, it reads the stored timeline by time a few times a second. Each read goes back a few
 * seconds (a slow transaction may commit a step stamped earlier than one already read; instances' clocks differ a
 * little), and steps already passed on are skipped, so a step reaches each watcher once.
 */
@Application
@Component
class OrderStatusFeed implements OrderStatusUpdates, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OrderStatusFeed.class);
    private static final Duration LOOK_BACK = Duration.ofSeconds(5);
    private static final int BATCH = 1_000;

    private final Orders orders;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<OrderId, Set<Consumer<StatusMark>>> byOrder = new ConcurrentHashMap<>();
    private final Map<UUID, Set<Consumer<StatusMark>>> byShop = new ConcurrentHashMap<>();
    private final Map<String, Instant> passedOn = new ConcurrentHashMap<>();
    private final ScheduledExecutorService follower = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("order-status-feed").daemon().factory());
    private volatile Instant watermark;

    OrderStatusFeed(
            Orders orders,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${baedal.order.status-feed-interval:PT0.2S}") Duration interval) {
        this.orders = orders;
        this.transactions = transactions;
        this.clock = clock;
        this.watermark = clock.instant();
        follower.scheduleWithFixedDelay(
                this::followSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Watch watchOrder(OrderId orderId, Consumer<StatusMark> watcher) {
        return add(byOrder, orderId, watcher);
    }

    @Override
    public Watch watchShop(UUID shopId, Consumer<StatusMark> watcher) {
        return add(byShop, shopId, watcher);
    }

    /** Reads the steps stored since the last turn and passes each new one on; returns how many it passed on. */
    int catchUp() {
        if (byOrder.isEmpty() && byShop.isEmpty()) {
            watermark = clock.instant();
            passedOn.clear();
            return 0;
        }
        int passed = 0;
        var from = watermark.minus(LOOK_BACK);
        while (true) {
            var since = from;
            var marks = transactions.execute(status -> orders.statusChangesAfter(since, BATCH));
            for (var mark : marks) {
                if (passedOn.putIfAbsent(mark.orderId().id() + "/" + mark.position(), mark.at()) == null) {
                    dispatch(byOrder.get(mark.orderId()), mark);
                    dispatch(byShop.get(mark.shopId()), mark);
                    passed++;
                }
                if (mark.at().isAfter(watermark)) {
                    watermark = mark.at();
                }
                from = mark.at();
            }
            if (marks.size() < BATCH) {
                break;
            }
        }
        var forgotten = watermark.minus(LOOK_BACK.multipliedBy(2));
        passedOn.values().removeIf(at -> at.isBefore(forgotten));
        return passed;
    }

    private void dispatch(Set<Consumer<StatusMark>> watchers, StatusMark mark) {
        if (watchers == null) {
            return;
        }
        for (var watcher : watchers) {
            try {
                watcher.accept(mark);
            } catch (RuntimeException e) {
                log.debug("A watcher of order {} failed: {}", mark.orderId().id(), e.getMessage());
            }
        }
    }

    private void followSafely() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("Following order status changes failed; trying again: {}", e.getMessage());
        }
    }

    private static <K> Watch add(Map<K, Set<Consumer<StatusMark>>> watchers, K key, Consumer<StatusMark> watcher) {
        watchers.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(watcher);
        return () -> watchers.computeIfPresent(key, (k, set) -> {
            set.remove(watcher);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void destroy() {
        follower.shutdownNow();
    }
}
