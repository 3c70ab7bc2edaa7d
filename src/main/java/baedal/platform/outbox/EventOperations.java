package baedal.platform.outbox;

import baedal.kernel.IdentifiedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What operators do with the outbox: see the publications not completed yet, and re-publish events — resubmitting
 * incomplete publications, or publishing completed events again from the archive, so that every module re-applies
 * them. Re-publishing is safe because every listener is idempotent: events published again are published as
 * redeliveries ({@link EventRedelivery}), whose listener runs skip an event the listener applied already.
 */
@Component
public class EventOperations {

    private static final Logger log = LoggerFactory.getLogger(EventOperations.class);

    private final JdbcClient jdbc;
    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    EventOperations(
            JdbcClient jdbc,
            FailedEventPublications failed,
            CompletedEventPublications completed,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.failed = failed;
        this.completed = completed;
        this.events = events;
        this.transactions = transactions;
    }

    /** Publications whose listener has not completed yet, oldest first. */
    public List<PendingPublication> incomplete(int limit) {
        return jdbc.sql("""
                        SELECT id, listener_id, event_type, publication_date, status, completion_attempts
                        FROM event_publication WHERE completion_date IS NULL
                        ORDER BY publication_date OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY""")
                .param("limit", limit)
                .query((rs, row) -> new PendingPublication(
                        UUID.fromString(rs.getString("id")),
                        rs.getString("listener_id"),
                        rs.getString("event_type"),
                        rs.getTimestamp("publication_date").toInstant(),
                        rs.getString("status"),
                        rs.getInt("completion_attempts")))
                .list();
    }

    /**
     * Resubmits the matching failed publications to their listeners at once; returns how many matched. Publications
     * still in progress are left alone (the staleness monitor marks them failed once they are stale), and each
     * resubmission is claimed in the database first, so with several instances no publication is resubmitted twice
     * at once.
     */
    public int resubmitIncomplete(Selection selection) {
        var matched = ConcurrentHashMap.<UUID>newKeySet();
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ZERO).withFilter(publication -> {
            var match = selection.matches(publication);
            if (match) {
                matched.add(publication.getIdentifier());
            }
            return match;
        }));
        log.info("Resubmitted {} failed publications ({})", matched.size(), selection);
        return matched.size();
    }

    /**
     * Publishes the matching completed events again, each once (a completed event has one archived publication per
     * listener), in the order they were first published; every listener receives it anew. Returns how many.
     */
    public int republishCompleted(Selection selection) {
        var distinct = new LinkedHashMap<Object, EventPublication>();
        completed.findAll().stream()
                .filter(selection::matches)
                .sorted(Comparator.comparing(EventPublication::getPublicationDate))
                .forEach(publication -> distinct.putIfAbsent(identity(publication.getEvent()), publication));
        transactions.executeWithoutResult(status -> EventRedelivery.redeliver(
                () -> distinct.values().forEach(publication -> events.publishEvent(publication.getEvent()))));
        log.info("Re-published {} completed events ({})", distinct.size(), selection);
        return distinct.size();
    }

    private static Object identity(Object event) {
        return event instanceof IdentifiedEvent identified ? identified.eventId() : event;
    }

    /** A publication not completed yet. */
    public record PendingPublication(
            UUID id, String listenerId, String eventType, Instant publishedAt, String status, int attempts) {}

    /**
     * Which events to re-publish: by event type (simple or qualified class name), by publication time (from
     * inclusive, to exclusive), by an aggregate id the event names (any of its id fields), and by the id of one
     * publication; absent criteria match everything.
     */
    public record Selection(
            @Nullable String eventType,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable UUID aggregateId,
            @Nullable UUID publicationId) {

        public Selection(
                @Nullable String eventType, @Nullable Instant from, @Nullable Instant to, @Nullable UUID aggregateId) {
            this(eventType, from, to, aggregateId, null);
        }

        boolean matches(EventPublication publication) {
            if (publicationId != null && !publicationId.equals(publication.getIdentifier())) {
                return false;
            }
            var event = publication.getEvent();
            if (eventType != null
                    && !eventType.equals(event.getClass().getSimpleName())
                    && !eventType.equals(event.getClass().getName())) {
                return false;
            }
            if (from != null && publication.getPublicationDate().isBefore(from)) {
                return false;
            }
            if (to != null && !publication.getPublicationDate().isBefore(to)) {
                return false;
            }
            return aggregateId == null || names(event, aggregateId);
        }

        private static boolean names(Object event, UUID id) {
            if (!event.getClass().isRecord()) {
                return false;
            }
            for (var component : event.getClass().getRecordComponents()) {
                if (component.getType() == UUID.class && !component.getName().equals("eventId")) {
                    try {
                        if (id.equals(component.getAccessor().invoke(event))) {
                            return true;
                        }
                    } catch (ReflectiveOperationException unreadable) {
                        return false;
                    }
                }
            }
            return false;
        }
    }
}
