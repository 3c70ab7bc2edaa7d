package baedal.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox: which listener has already applied which event, for the runs that may repeat an earlier one (see {@link
 * IdempotentListenerAdvisor}). Rows are written in the listener's transaction.
 */
@Component
class ProcessedEvents {

    private final JdbcClient jdbc;
    private final Clock clock;

    ProcessedEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that the listener applies the event; false if it already did (the insert hits the key). */
    boolean markProcessed(String listenerId, UUID eventId) {
        try {
            jdbc.sql(
                            "INSERT INTO processed_event (listener_id, event_id, processed_at) VALUES (:listener, :event, :at)")
                    .param("listener", listenerId)
                    .param("event", eventId)
                    .param("at", Instant.now(clock))
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyProcessed) {
            return false;
        }
    }

    /** Whether the listener completed the event under a publication now in the archive (OneStatementOutbox). */
    boolean archived(String registryListenerId, UUID eventId) {
        return jdbc.sql(
                                "SELECT COUNT(*) FROM event_publication_archive WHERE event_id = :event AND listener_id = :listener")
                        .param("event", eventId.toString())
                        .param("listener", registryListenerId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean isProcessed(String listenerId, UUID eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM processed_event WHERE listener_id = :listener AND event_id = :event")
                        .param("listener", listenerId)
                        .param("event", eventId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional
    int deleteOlderThan(Duration age) {
        return jdbc.sql("DELETE FROM processed_event WHERE processed_at < :cutoff")
                .param("cutoff", Instant.now(clock).minus(age))
                .update();
    }
}
