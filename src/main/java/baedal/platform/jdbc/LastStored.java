package baedal.platform.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Aggregates as this instance last stored them, once their transaction committed, so that the next change of one, or a
 * read of a version it stored, needs no round trip. A stored version never changes, so what is remembered is exact for
 * that version; another instance may have stored a later one since, which the version check on saving tells (the
 * caller then reads it from the database and forgets it here). Never handed out itself, only copies. Bounded in size
 * and age; what is forgotten is read from the database again.
 *
 * @param <K> the aggregate's id
 * @param <V> the aggregate
 */
public final class LastStored<K, V> {

    private final Cache<K, V> stored = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();
    private final ToLongFunction<V> version;
    private final UnaryOperator<V> copy;

    /**
     * @param version the version an aggregate was stored at
     * @param copy a copy of an aggregate that shares nothing it could change with it
     */
    public LastStored(ToLongFunction<V> version, UnaryOperator<V> copy) {
        this.version = version;
        this.copy = copy;
    }

    /** A copy of the aggregate as this instance last stored it, if it remembers it. */
    public @Nullable V find(K id) {
        var known = stored.getIfPresent(id);
        return known == null ? null : copy.apply(known);
    }

    /** A copy of the aggregate as this instance last stored it, if that is at least {@code version} (above 0). */
    public @Nullable V findAtLeast(K id, long version) {
        var known = version > 0 ? stored.getIfPresent(id) : null;
        return known != null && this.version.applyAsLong(known) >= version ? copy.apply(known) : null;
    }

    /**
     * Remembers the aggregate as stored (its version the stored one) once the current transaction commits, before its
     * events go to their listeners; a later version already remembered stays. Outside a transaction nothing.
     */
    public void storing(K id, V aggregate) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        var remembered = copy.apply(aggregate);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                stored.asMap()
                        .merge(
                                id,
                                remembered,
                                (known, now) -> version.applyAsLong(now) >= version.applyAsLong(known) ? now : known);
            }
        });
    }

    /** Forgets the aggregate: another instance changed it since. */
    public void forget(K id) {
        stored.invalidate(id);
    }
}
