package baedal.display.application;

import baedal.display.domain.AdSource;
import baedal.display.domain.RatingSource;
import baedal.display.domain.ShopDocument;
import baedal.display.domain.ShopDocuments;
import baedal.display.domain.ShopSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jmolecules.architecture.hexagonal.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies zero-payload events: compares the announced version with the document's, fetches current state from
 * the publisher only when needed, merges (newer parts win), stores the document and, once committed, shows it in
 * this instance's memory; the other instances take it from the change feed ({@link DisplayChangeFeed}). Updates of
 * one shop are serialised by a row lock in the database, so they are across instances too.
 */
@Application
@Service
class TransactionalDisplayProjection implements DisplayProjection {

    private static final Logger log = LoggerFactory.getLogger(TransactionalDisplayProjection.class);
    private static final int REBUILD_PAGE = 200;

    private final ShopSource source;
    private final RatingSource ratings;
    private final AdSource ads;
    private final ShopDocuments documents;
    private final DisplayReadModel model;
    private final Clock clock;
    private final Timer lag;
    private final TransactionTemplate transactions;

    TransactionalDisplayProjection(
            ShopSource source,
            RatingSource ratings,
            AdSource ads,
            ShopDocuments documents,
            DisplayReadModel model,
            Clock clock,
            MeterRegistry meters,
            TransactionTemplate transactions) {
        this.source = source;
        this.ratings = ratings;
        this.ads = ads;
        this.transactions = transactions;
        this.documents = documents;
        this.model = model;
        this.clock = clock;
        this.lag = Timer.builder("baedal.display.sync.lag")
                .description("Time from an event's occurrence to the display showing its effect")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .register(meters);
    }

    @Override
    @Transactional
    public void refreshShop(UUID shopId, long version, Instant occurredAt) {
        update(shopId, occurredAt, document -> document.shop().version() >= version, current -> {
            if (current.isPresent() && current.get().shop().version() >= version) {
                return Optional.empty();
            }
            var snapshot = source.findShop(shopId)
                    .orElseThrow(() -> new SourceBehindException("shop " + shopId + " not found"));
            if (snapshot.version() < version) {
                throw new SourceBehindException(
                        "shop %s is at version %d, event announced %d".formatted(shopId, snapshot.version(), version));
            }
            return Optional.of(current.map(existing -> existing.mergeShop(snapshot))
                    .orElseGet(() -> ShopDocument.of(snapshot, source.findMenus(shopId))));
        });
    }

    @Override
    @Transactional
    public void refreshMenu(UUID shopId, UUID menuId, long version, Instant occurredAt) {
        update(shopId, occurredAt, document -> document.menuVersion(menuId) >= version, current -> {
            if (current.isPresent() && current.get().menuVersion(menuId) >= version) {
                return Optional.empty();
            }
            var menus = source.findMenus(shopId);
            if (menus.stream().noneMatch(menu -> menu.menuId().equals(menuId) && menu.version() >= version)) {
                throw new SourceBehindException("menu %s has not reached version %d yet".formatted(menuId, version));
            }
            var document = current.orElseGet(() -> ShopDocument.of(
                    source.findShop(shopId)
                            .orElseThrow(() -> new SourceBehindException("shop " + shopId + " not found")),
                    List.of()));
            return Optional.of(document.mergeMenus(menus));
        });
    }

    @Override
    @Transactional
    public void refreshRating(UUID shopId, Instant occurredAt) {
        update(shopId, occurredAt, document -> false, current -> {
            var document =
                    current.orElseThrow(() -> new SourceBehindException("shop " + shopId + " is not on display yet"));
            var rating = ratings.ratingOf(shopId);
            if (rating.average() == document.rating() && rating.reviews() == document.reviewCount()) {
                return Optional.empty();
            }
            return Optional.of(document.withRating(rating.average(), rating.reviews()));
        });
    }

    @Override
    @Transactional
    public void refreshAds(UUID shopId, Instant occurredAt) {
        update(shopId, occurredAt, document -> false, current -> {
            var document =
                    current.orElseThrow(() -> new SourceBehindException("shop " + shopId + " is not on display yet"));
            var tier = ads.tierOf(shopId);
            return tier == document.adTier() ? Optional.empty() : Optional.of(document.withAdTier(tier));
        });
    }

    @Override
    public void buildIfNeverBuilt() {
        if (Boolean.TRUE.equals(transactions.execute(status -> documents.everBuilt()))) {
            return;
        }
        // nothing on display can be stale before a first build, and what events add meanwhile stays
        build(false);
        transactions.executeWithoutResult(status -> documents.built(Instant.now(clock)));
    }

    @Override
    public int rebuild() {
        return build(true);
    }

    /** Takes every shop's current state from the publishers; with {@code removeUnseen}, drops shops they no longer list. */
    private int build(boolean removeUnseen) {
        var started = System.nanoTime();
        var seen = new HashSet<UUID>();
        for (int page = 0; ; page++) {
            var shops = source.findShops(page, REBUILD_PAGE);
            for (var snapshot : shops) {
                seen.add(snapshot.shopId());
                try {
                    transactions.executeWithoutResult(status -> replace(snapshot.shopId()));
                } catch (OptimisticLockingFailureException firstWrittenByAnEvent) {
                    // an event wrote the shop's first document meanwhile: replace that one
                    transactions.executeWithoutResult(status -> replace(snapshot.shopId()));
                }
            }
            if (shops.size() < REBUILD_PAGE) {
                break;
            }
        }
        if (removeUnseen) {
            transactions.executeWithoutResult(status -> documents.findAll().stream()
                    .filter(stored -> !seen.contains(stored.shopId()))
                    .forEach(stored -> {
                        documents.lock(stored.shopId());
                        documents.remove(stored.shopId());
                    }));
        }
        model.replaceAll(() -> transactions.execute(status -> documents.findAll()));
        log.info(
                "Display rebuilt: {} shops in {} ms",
                seen.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return seen.size();
    }

    /** Takes the publishers' current state as the truth for one shop: its shop, menus, rating and ad tier. */
    private void replace(UUID shopId) {
        var existing = documents.lock(shopId);
        var snapshot = source.findShop(shopId);
        if (snapshot.isEmpty()) {
            return;
        }
        var rating = ratings.ratingOf(shopId);
        var fetched = ShopDocument.of(snapshot.get(), source.findMenus(shopId))
                .withRating(rating.average(), rating.reviews())
                .withAdTier(ads.tierOf(shopId));
        documents.save(fetched, existing.isPresent());
    }

    /**
     * Applies one change to a shop's document while holding it against every other writer, on any instance, unless an
     * unlocked read shows the document {@code upToDate} already. Two
     * instances creating the same shop's first document race; the loser reads the winner's document and applies
     * its change on top.
     */
    private void update(
            UUID shopId,
            Instant occurredAt,
            Predicate<ShopDocument> upToDate,
            Function<Optional<ShopDocument>, Optional<ShopDocument>> change) {
        // Versions only move forward: a document already this new needs no lock (a burst of one shop's events then
        // does not queue behind one writer just to find that the first of them brought everything).
        if (documents.find(shopId).filter(upToDate).isPresent()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            var current = documents.lock(shopId);
            var changed = change.apply(current);
            if (changed.isEmpty()) {
                return;
            }
            try {
                store(changed.get(), current.isPresent(), occurredAt);
                return;
            } catch (OptimisticLockingFailureException firstWriteRaced) {
                if (current.isPresent() || attempt > 1) {
                    throw firstWriteRaced;
                }
            }
        }
    }

    private void store(ShopDocument document, boolean replacing, Instant occurredAt) {
        var sequence = documents.save(document, replacing);
        afterCommit(() -> {
            model.put(document, sequence);
            // An event stamped by an instance whose clock runs ahead arrives "before" it happened: no lag, not less.
            var since = Duration.between(occurredAt, Instant.now(clock));
            lag.record(since.isNegative() ? Duration.ZERO : since);
        });
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
