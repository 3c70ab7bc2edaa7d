package baedal.platform.outbox;

import baedal.kernel.IdentifiedEvent;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Tells a listener run whether the event may have been applied before, so that only then it pays for the inbox. An
 * event published for the first time (by the module whose change it records) is fresh: each listener has a
 * publication of its own for it, which the registry completes in the listener's transaction, so a second run of that
 * publication finds it completed and rolls back ({@link OneStatementOutbox}). Only an event published again can
 * reach a listener that applied it before under another publication: re-published by operators ({@link
 * EventOperations}) or handed on again by the Kafka relay. Those are published inside {@link #redeliver}, and their
 * listener runs, like every run of a publication resubmitted from the database, check the inbox and the archive first
 * ({@link IdempotentListenerAdvisor}). An event published again must therefore go through {@link #redeliver}. Where
 * the registry's completion cannot tell a second run (a database other than H2 or SQL Server, or completion modes
 * other than archiving), no event counts as fresh and every run goes through the inbox, as before.
 */
public final class EventRedelivery {

    private static final ThreadLocal<Boolean> REDELIVERING = ThreadLocal.withInitial(() -> false);

    /**
     * The very event objects published fresh on this instance, held weakly and compared by identity (events are
     * records, equal by value): an equal event deserialized from the database for a resubmission, or built anew, is
     * never taken for the one published fresh.
     */
    private static final Cache<Object, Boolean> FRESH =
            Caffeine.newBuilder().weakKeys().build();

    private EventRedelivery() {}

    /** Publishes events that may have been published before (re-published, relayed again), as such. */
    public static void redeliver(Runnable publishing) {
        var outer = REDELIVERING.get();
        REDELIVERING.set(true);
        try {
            publishing.run();
        } finally {
            REDELIVERING.set(outer);
        }
    }

    /** An event is being stored for its listeners (the registry calls this). */
    static void published(Object event) {
        if (!(event instanceof IdentifiedEvent)) {
            return;
        }
        if (REDELIVERING.get()) {
            FRESH.invalidate(event); // the same object published again: no longer fresh
        } else {
            FRESH.put(event, true);
        }
    }

    /** Whether this event object was published fresh on this instance, so no listener can have applied it yet. */
    static boolean fresh(Object event) {
        return FRESH.getIfPresent(event) != null;
    }
}
