package baedal.display.application;

import baedal.display.application.DisplayViews.Break;
import baedal.display.application.DisplayViews.CategoryCount;
import baedal.display.application.DisplayViews.FeeTier;
import baedal.display.application.DisplayViews.Hours;
import baedal.display.application.DisplayViews.Menu;
import baedal.display.application.DisplayViews.Option;
import baedal.display.application.DisplayViews.OptionGroup;
import baedal.display.application.DisplayViews.ShopCard;
import baedal.display.application.DisplayViews.ShopDetail;
import baedal.display.application.RenderedPage.Slice;
import baedal.display.domain.ShopDocument;
import baedal.display.domain.ShopDocumentChange;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The in-memory serving side of the display: every shop document pre-rendered as JSON bytes, a grid index from
 * location to the shops that deliver there (pre-sorted by ad tier and rating), and a small cache of rendered
 * list and home pages that is invalidated by any change. Reads never lock; writes are serialised.
 */
@Application
@Component
public class DisplayReadModel implements DisplayPages {

    static final double CELL_DEGREES = 0.02;
    private static final int PAGE_CACHE_LIMIT = 20_000;
    private static final byte[] OPEN_FALSE = "\"open\":false".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.UTF_8);
    private static final Comparator<Entry> STATIC_RANK = Comparator.comparingInt((Entry e) -> -e.adTierRank)
            .thenComparing(
                    Comparator.comparingDouble((Entry e) -> e.document.rating()).reversed())
            .thenComparing(Comparator.comparingInt((Entry e) -> e.document.reviewCount())
                    .reversed())
            .thenComparing(e -> e.document.shop().name())
            .thenComparing(e -> e.document.shopId());

    private final JsonMapper json;
    private final Clock clock;
    private final AtomicLong revision = new AtomicLong();
    private final Map<String, CachedPage> pageCache = new ConcurrentHashMap<>();
    private final Object writeLock = new Object();
    private volatile Generation generation = new Generation(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());

    DisplayReadModel(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Publishes the number of shops served as the {@code baedal.display.shops} gauge. */
    @Autowired
    void registerMetrics(MeterRegistry meters) {
        Gauge.builder("baedal.display.shops", this, DisplayReadModel::size)
                .description("Shops the display read model serves")
                .register(meters);
    }

    /**
     * Replaces the whole model at once (start-up load, full rebuild); readers keep seeing the old one until the
     * swap. The documents are loaded while writes wait, so an update committed meanwhile is never lost.
     */
    public void replaceAll(Supplier<? extends Collection<ShopDocumentChange>> loader) {
        synchronized (writeLock) {
            replaceAllLocked(loader.get());
        }
    }

    private void replaceAllLocked(Collection<ShopDocumentChange> documents) {
        var fresh = new Generation(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        Map<Long, List<Entry>> cells = new HashMap<>();
        for (var stored : documents) {
            var document = stored.document();
            if (document == null) {
                continue;
            }
            var entry = render(document, stored.sequence());
            fresh.entries.put(document.shopId(), entry);
            for (var cell : entry.cells) {
                cells.computeIfAbsent(cell, key -> new ArrayList<>()).add(entry);
            }
        }
        cells.forEach((cell, entries) -> {
            entries.sort(STATIC_RANK);
            fresh.cells.put(cell, entries.toArray(Entry[]::new));
        });
        generation = fresh;
        changed();
    }

    /**
     * Applies one change of the feed: the document at {@code sequence} replaces the shop's older one, or, when null,
     * takes the shop off. A change older than what is shown is ignored, so the feed and this instance's own writes
     * may arrive in any order.
     */
    public void apply(ShopDocumentChange change) {
        var document = change.document();
        if (document == null) {
            remove(change.shopId(), change.sequence());
        } else {
            put(document, change.sequence());
        }
    }

    /** Puts the document stored at {@code sequence} in place of an older version. */
    public void put(ShopDocument document, long sequence) {
        var shown = generation.entries.get(document.shopId());
        if (shown != null && shown.sequence >= sequence) {
            return;
        }
        var entry = render(document, sequence);
        synchronized (writeLock) {
            var current = generation;
            var previous = current.entries.get(document.shopId());
            if (previous != null && previous.sequence >= sequence) {
                return;
            }
            current.entries.put(document.shopId(), entry);
            if (previous != null) {
                for (var cell : previous.cells) {
                    current.cells.computeIfPresent(
                            cell, (key, entries) -> without(entries, previous.document.shopId()));
                }
            }
            for (var cell : entry.cells) {
                current.cells.merge(cell, new Entry[] {entry}, (entries, added) -> with(entries, entry));
            }
            changed();
        }
    }

    private void remove(UUID shopId, long sequence) {
        synchronized (writeLock) {
            var current = generation;
            var previous = current.entries.get(shopId);
            if (previous == null || previous.sequence >= sequence) {
                return;
            }
            current.entries.remove(shopId);
            for (var cell : previous.cells) {
                current.cells.computeIfPresent(cell, (key, entries) -> without(entries, shopId));
            }
            changed();
        }
    }

    /** The feed sequence of the shop's document as shown here, or -1 when this instance shows none. */
    public long sequenceOf(UUID shopId) {
        var entry = generation.entries.get(shopId);
        return entry == null ? -1 : entry.sequence;
    }

    /** The shop part of a document (its menus are only kept rendered, see {@link #shopDetail}). */
    public Optional<ShopDocument> document(UUID shopId) {
        var entry = generation.entries.get(shopId);
        return entry == null ? Optional.empty() : Optional.of(entry.document);
    }

    /** The shop detail as served, menus included, read back from its rendered form. */
    Optional<ShopDetail> shopDetail(UUID shopId) {
        var entry = generation.entries.get(shopId);
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.of(json.readValue(entry.detailClosed.toBytes(), ShopDetail.class));
    }

    public int size() {
        return generation.entries.size();
    }

    /** The current instant, for "open now" (each shop reads it in its own zone). */
    public Instant now() {
        return clock.instant();
    }

    /** The shop detail page, or null if the shop is unknown. */
    @Override
    public @Nullable RenderedPage detail(UUID shopId) {
        var entry = generation.entries.get(shopId);
        if (entry == null) {
            return null;
        }
        return entry.document.isOpenAt(now()) ? entry.detailOpen : entry.detailClosed;
    }

    /** Shops delivering to the point, optionally of one category, ranked by ad tier, open now, rating. */
    @Override
    public RenderedPage list(@Nullable String category, double lat, double lng, int page, int size) {
        var now = now();
        var key = "l|" + category + '|' + lat + '|' + lng + '|' + page + '|' + size;
        return cached(key, now, () -> {
            var eligible = new ArrayList<Candidate>();
            for (var entry : candidates(lat, lng)) {
                if ((category == null || category.equals(entry.document.shop().category()))
                        && entry.document.deliversTo(lat, lng)) {
                    eligible.add(new Candidate(entry, entry.document.isOpenAt(now)));
                }
            }
            // Candidates are pre-sorted by tier and rating; a stable sort moves open shops up within each tier.
            eligible.sort(Comparator.comparingInt((Candidate c) -> -c.entry.adTierRank)
                    .thenComparing(c -> !c.open));
            var out = new ByteArrayOutputStream(256 + size * 256);
            out.writeBytes("{\"items\":[".getBytes(StandardCharsets.UTF_8));
            var from = Math.min(page * size, eligible.size());
            var to = Math.min(from + size, eligible.size());
            for (int i = from; i < to; i++) {
                if (i > from) {
                    out.write(',');
                }
                var candidate = eligible.get(i);
                out.writeBytes(candidate.open ? candidate.entry.cardOpen : candidate.entry.cardClosed);
            }
            var totalPages = (eligible.size() + size - 1) / size;
            out.writeBytes("],\"page\":%d,\"size\":%d,\"totalItems\":%d,\"totalPages\":%d}"
                    .formatted(page, size, eligible.size(), totalPages)
                    .getBytes(StandardCharsets.UTF_8));
            return RenderedPage.of(out.toByteArray());
        });
    }

    /** The home screen: per category, how many shops are open now and deliver to the point. */
    @Override
    public RenderedPage home(double lat, double lng) {
        var now = now();
        return cached("h|" + lat + '|' + lng, now, () -> {
            Map<String, Integer> counts = new TreeMap<>();
            var total = 0;
            for (var entry : candidates(lat, lng)) {
                if (entry.document.deliversTo(lat, lng)) {
                    var open = entry.document.isOpenAt(now);
                    counts.merge(entry.document.shop().category(), open ? 1 : 0, Integer::sum);
                    total += open ? 1 : 0;
                }
            }
            var categories = counts.entrySet().stream()
                    .map(e -> new CategoryCount(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingInt(CategoryCount::openShops).reversed())
                    .toList();
            return RenderedPage.of(json.writeValueAsBytes(new DisplayViews.Home(categories, total)));
        });
    }

    private Entry[] candidates(double lat, double lng) {
        var entries = generation.cells.get(cell(cellIndex(lat), cellIndex(lng)));
        return entries == null ? new Entry[0] : entries;
    }

    private RenderedPage cached(String key, Instant now, Supplier<RenderedPage> render) {
        var currentRevision = revision.get();
        var minute = now.truncatedTo(ChronoUnit.MINUTES);
        var hit = pageCache.get(key);
        if (hit != null && hit.revision == currentRevision && hit.minute.equals(minute)) {
            return hit.page;
        }
        var page = render.get();
        if (pageCache.size() >= PAGE_CACHE_LIMIT) {
            pageCache.clear();
        }
        pageCache.put(key, new CachedPage(currentRevision, minute, page));
        return page;
    }

    private void changed() {
        revision.incrementAndGet();
    }

    private Entry render(ShopDocument document, long sequence) {
        var shop = document.shop();
        var card = new ShopCard(
                shop.shopId(),
                shop.name(),
                shop.category(),
                false,
                document.rating(),
                document.reviewCount(),
                shop.minOrderAmount(),
                shop.deliveryFee(),
                document.adTier().name());
        var hours = shop.hours().periods().stream()
                .map(p -> new Hours(
                        p.day().name(), p.opens().toString(), p.closes().toString()))
                .toList();
        var menus = document.menus().stream()
                .map(m -> new Menu(
                        m.menuId(),
                        m.name(),
                        m.price(),
                        m.group(),
                        m.options().stream()
                                .map(o -> new Option(o.name(), o.price(), o.soldOut()))
                                .toList(),
                        m.optionGroups().stream()
                                .map(g -> new OptionGroup(
                                        g.name(),
                                        g.minChoices(),
                                        g.maxChoices(),
                                        g.options().stream()
                                                .map(o -> new Option(o.name(), o.price(), o.soldOut()))
                                                .toList()))
                                .toList(),
                        m.soldOut()))
                .toList();
        var detail = new ShopDetail(
                shop.shopId(),
                shop.name(),
                shop.category(),
                false,
                document.rating(),
                document.reviewCount(),
                shop.minOrderAmount(),
                shop.deliveryFee(),
                document.adTier().name(),
                shop.address(),
                shop.lat(),
                shop.lng(),
                shop.deliveryRadiusMeters(),
                shop.deliveryFeeTiers().stream()
                        .map(t -> new FeeTier(t.upToMeters(), t.fee()))
                        .toList(),
                hours,
                shop.hours().breaks().stream()
                        .map(b -> new Break(
                                b.day().name(), b.starts().toString(), b.ends().toString()))
                        .toList(),
                shop.hours().closedDays().stream().sorted().map(Enum::name).toList(),
                shop.hours().holidays().stream().sorted().map(Object::toString).toList(),
                shop.zone().getId(),
                menus,
                shop.version());
        var cardClosed = json.writeValueAsBytes(card);
        var detailClosed = json.writeValueAsBytes(detail);
        // Menus live on only inside the rendered detail; keeping them as objects as well would double the memory.
        var lean = new ShopDocument(shop, List.of(), document.rating(), document.reviewCount(), document.adTier());
        return new Entry(
                lean,
                sequence,
                document.adTier().ordinal(),
                cardClosed,
                openVariant(cardClosed),
                RenderedPage.of(detailClosed),
                openVariantPage(detailClosed),
                cellsCovering(document));
    }

    /** The same JSON with the top-level {@code "open":false} turned true (quotes inside strings are escaped). */
    private static byte[] openVariant(byte[] closed) {
        return openVariantPage(closed).toBytes();
    }

    private static RenderedPage openVariantPage(byte[] closed) {
        var valueAt = indexOf(closed, OPEN_FALSE) + OPEN_FALSE.length - 5;
        return RenderedPage.of(
                new Slice(closed, 0, valueAt),
                new Slice(TRUE, 0, TRUE.length),
                new Slice(closed, valueAt + 5, closed.length - valueAt - 5));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("rendered document lacks an open flag");
    }

    private static long[] cellsCovering(ShopDocument document) {
        var shop = document.shop();
        var latSpan = shop.deliveryRadiusMeters() / 111_320.0;
        var lngSpan = shop.deliveryRadiusMeters() / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(shop.lat()))));
        var cells = new ArrayList<Long>();
        for (long latIndex = cellIndex(shop.lat() - latSpan); latIndex <= cellIndex(shop.lat() + latSpan); latIndex++) {
            for (long lngIndex = cellIndex(shop.lng() - lngSpan);
                    lngIndex <= cellIndex(shop.lng() + lngSpan);
                    lngIndex++) {
                cells.add(cell(latIndex, lngIndex));
            }
        }
        return cells.stream().mapToLong(Long::longValue).toArray();
    }

    private static long cellIndex(double degrees) {
        return (long) Math.floor(degrees / CELL_DEGREES);
    }

    private static long cell(long latIndex, long lngIndex) {
        return (latIndex << 32) ^ (lngIndex & 0xffffffffL);
    }

    private static Entry[] without(Entry[] entries, UUID shopId) {
        var kept = Arrays.stream(entries)
                .filter(e -> !e.document.shopId().equals(shopId))
                .toArray(Entry[]::new);
        return kept.length == 0 ? null : kept;
    }

    private static Entry[] with(Entry[] entries, Entry added) {
        var grown = Arrays.copyOf(entries, entries.length + 1);
        grown[entries.length] = added;
        Arrays.sort(grown, STATIC_RANK);
        return grown;
    }

    private record Generation(Map<UUID, Entry> entries, Map<Long, Entry[]> cells) {}

    private record Entry(
            ShopDocument document,
            long sequence,
            int adTierRank,
            byte[] cardClosed,
            byte[] cardOpen,
            RenderedPage detailClosed,
            RenderedPage detailOpen,
            long[] cells) {}

    private record Candidate(Entry entry, boolean open) {}

    private record CachedPage(long revision, Instant minute, RenderedPage page) {}
}
