package baedal.platform.jdbc;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the application sends its database, counted as it leaves for the driver (datasource-proxy under the connection
 * pool): statements prepared, executed, commits, rollbacks, auto-commit switches and the pool's checks, each a round
 * trip to a database server. Counted by the kind of thread that sent it: request threads, event listeners, and background work
 * (schedules and change feeds, which an idle instance runs too). Statements of requests and listeners are also kept
 * by their SQL, for the round-trip budget test to list. On only with {@code baedal.jdbc.count-round-trips=true}; as
 * {@code baedal.jdbc.round.trips} in the metrics.
 */
public final class RoundTrips implements MeterBinder {

    /** What a call to the database was. */
    public enum Kind {
        /** A statement prepared on a connection that had prepared it before (or keeps none: see {@link #FIRST_PREPARE}). */
        PREPARE,
        /**
         * A connection's first prepare of a statement. Where each connection keeps its prepared statements
         * ({@code baedal.jdbc.statements-per-connection}), that is once per connection and statement, however many
         * orders follow; which connection a thread gets decides when, so budgets leave these out.
         */
        FIRST_PREPARE,
        EXECUTE,
        COMMIT,
        ROLLBACK,
        AUTO_COMMIT,
        /** A pool's check of an idle connection, a change of isolation level, catalog or schema. */
        OTHER
    }

    /** Which kind of thread sent it. */
    public enum Source {
        REQUEST,
        LISTENER,
        BACKGROUND
    }

    private final Map<Source, Map<Kind, LongAdder>> counts = new EnumMap<>(Source.class);
    private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
    private final Map<Object, Set<String>> prepared = Collections.synchronizedMap(new WeakHashMap<>());

    RoundTrips() {
        for (var source : Source.values()) {
            var kinds = new EnumMap<Kind, LongAdder>(Kind.class);
            for (var kind : Kind.values()) {
                kinds.put(kind, new LongAdder());
            }
            counts.put(source, kinds);
        }
    }

    void count(Kind kind) {
        counts.get(source()).get(kind).increment();
    }

    /** A statement prepared on a connection (the driver's): its first prepare there, or one more. */
    void prepared(Object connection, String sql) {
        var first = prepared.computeIfAbsent(connection, any -> ConcurrentHashMap.newKeySet())
                .add(sql);
        count(first ? Kind.FIRST_PREPARE : Kind.PREPARE);
    }

    void executed(String sql) {
        var source = source();
        counts.get(source).get(Kind.EXECUTE).increment();
        if (source != Source.BACKGROUND) {
            statements.computeIfAbsent(sql, any -> new LongAdder()).increment();
        }
    }

    /** The calls of these kinds sent so far by threads of these sources. */
    public long count(Source source, Kind kind) {
        return counts.get(source).get(kind).sum();
    }

    /**
     * Every call sent so far by requests and listeners (schedules and feeds left out), but the pool's checks of idle
     * connections, which depend on how long they were idle, and each connection's first prepare of a statement, which
     * depends on which connection a thread was given, rather than on what the application does.
     */
    public long ofRequestsAndListeners() {
        long total = 0;
        for (var source : new Source[] {Source.REQUEST, Source.LISTENER}) {
            for (var kind : Kind.values()) {
                if (kind != Kind.OTHER && kind != Kind.FIRST_PREPARE) {
                    total += count(source, kind);
                }
            }
        }
        return total;
    }

    /** How often each statement has been executed by requests and listeners so far. */
    public Map<String, Long> statements() {
        var copy = new LinkedHashMap<String, Long>();
        statements.forEach((sql, count) -> copy.put(sql, count.sum()));
        return copy;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counts.forEach((source, kinds) -> kinds.forEach((kind, count) -> FunctionCounter.builder(
                        "baedal.jdbc.round.trips", count, LongAdder::doubleValue)
                .description("Calls to the database that cross to its server, by kind and by the thread that sent them")
                .tag("kind", kind.name().toLowerCase())
                .tag("source", source.name().toLowerCase())
                .register(registry)));
    }

    private static Source source() {
        var name = Thread.currentThread().getName();
        if (name.startsWith("listener-")) {
            return Source.LISTENER;
        }
        if (name.startsWith("scheduling-")
                || name.endsWith("-feed")
                || name.equals("order-streams")
                || name.startsWith("HikariPool")) {
            return Source.BACKGROUND;
        }
        return Source.REQUEST;
    }
}
