package baedal.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import baedal.kernel.IdentifiedEvent;
import baedal.testing.InjectedFailure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every {@link ApplicationModuleListener} is idempotent: a redelivered event is skipped (the archive or the inbox
 * shows it applied), a second run of one publication rolls back, and a listener that failed leaves no inbox row
 * behind, so its retry runs for real.
 */
@SpringBootTest
@ActiveProfiles("test")
class IdempotentListenerTests {

    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final CountingListener listener;
    private final ProcessedEvents processedEvents;
    private final IncompleteEventPublications incomplete;
    private final JdbcClient jdbc;
    private final FailedEventPublications failed;
    private final MeterRegistry meters;
    private final EventPublicationRepository repository;

    IdempotentListenerTests(
            ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            CountingListener listener,
            ProcessedEvents processedEvents,
            IncompleteEventPublications incomplete,
            JdbcClient jdbc,
            FailedEventPublications failed,
            MeterRegistry meters,
            EventPublicationRepository repository) {
        this.meters = meters;
        this.repository = repository;
        this.publisher = publisher;
        this.transactions = transactions;
        this.listener = listener;
        this.processedEvents = processedEvents;
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.failed = failed;
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        var event = new ThingHappened(UUID.randomUUID(), "thing-1", 1, Instant.now());

        publishInTransaction(event);
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.applied(event.eventId()) == 1);
        await().atMost(Duration.ofSeconds(10)).until(this::noIncompletePublications);
        assertThat(processedEvents.isProcessed(CountingListener.ID, event.eventId()))
                .as("an event published fresh needs no inbox row")
                .isFalse();
        EventRedelivery.redeliver(() -> {
            publishInTransaction(event);
            publishInTransaction(new ThingHappened(event.eventId(), "thing-1", 1, Instant.now()));
        });

        await().atMost(Duration.ofSeconds(10)).until(this::noIncompletePublications);
        assertThat(listener.applied(event.eventId())).isEqualTo(1);
        assertThat(processedEvents.isProcessed(CountingListener.ID, event.eventId()))
                .as("a redelivered event's runs go through the inbox")
                .isTrue();
        assertThat(meters.get("baedal.events.lag")
                        .tag("listener", "CountingListener")
                        .tag("event", "ThingHappened")
                        .timer()
                        .count())
                .isPositive();
    }

    @Test
    void aFailedListenerLeavesNoInboxRowAndIsAppliedOnRetry() {
        var event = new ThingHappened(UUID.randomUUID(), "fails-once", 1, Instant.now());

        publishInTransaction(event);
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.attempts(event.eventId()) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !noIncompletePublications());
        assertThat(processedEvents.isProcessed(CountingListener.ID, event.eventId()))
                .isFalse();

        incomplete.resubmitIncompletePublications(publication -> true);

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.applied(event.eventId()) == 1);
        await().atMost(Duration.ofSeconds(10)).until(this::noIncompletePublications);
        assertThat(processedEvents.isProcessed(CountingListener.ID, event.eventId()))
                .isTrue();
        assertThat(listener.attempts(event.eventId())).isEqualTo(2);
    }

    @Test
    void theScheduledPathResubmitsFailedPublications() {
        var event = new ThingHappened(UUID.randomUUID(), "fails-once", 1, Instant.now());

        publishInTransaction(event);
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.attempts(event.eventId()) == 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE status = 'FAILED'")
                                .query(Long.class)
                                .single()
                        == 1);

        failed.resubmit(ResubmissionOptions.defaults());

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.applied(event.eventId()) == 1);
        await().atMost(Duration.ofSeconds(10)).until(this::noIncompletePublications);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication_archive WHERE completion_date IS NOT NULL")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aListenersPublicationIsCompletedInTheListenersOwnTransaction() {
        var event = new ThingHappened(UUID.randomUUID(), "witness", 1, Instant.now());

        publishInTransaction(event);

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.openAfterCommit(event.eventId()) != null);
        // When the listener's transaction has committed, its publication is already archived: the completion
        // committed with the work, not in a transaction after it.
        assertThat(listener.openAfterCommit(event.eventId())).isZero();
        assertThat(archived(event)).isEqualTo(1);
    }

    @Test
    void aCompletedPublicationIsMovedToTheArchiveByOneStatementAndOnlyOnce() {
        assertThat(repository).isInstanceOf(OneStatementOutbox.class);
        var event = new ThingHappened(UUID.randomUUID(), "archived", 1, Instant.now());

        publishInTransaction(event);

        await().atMost(Duration.ofSeconds(10)).until(() -> archived(event) == 1);
        var id = jdbc.sql("SELECT id FROM event_publication_archive WHERE serialized_event LIKE :event")
                .param("event", "%" + event.eventId() + "%")
                .query(String.class)
                .single();
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        status -> repository.markCompleted(UUID.fromString(id), Instant.now())))
                .as("a second run of a publication fails, so that its work rolls back")
                .hasMessageContaining("completed by another run");
        assertThat(archived(event)).as("and moves nothing").isEqualTo(1);
        assertThat(jdbc.sql("SELECT event_id FROM event_publication_archive WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(event.eventId().toString());
        assertThat(jdbc.sql("SELECT status FROM event_publication_archive WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("COMPLETED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long archived(ThingHappened event) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication_archive WHERE serialized_event LIKE :event")
                .param("event", "%" + event.eventId() + "%")
                .query(Long.class)
                .single();
    }

    private void publishInTransaction(Object event) {
        transactions.executeWithoutResult(status -> publisher.publishEvent(event));
    }

    private boolean noIncompletePublications() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                        .query(Long.class)
                        .single()
                == 0;
    }

    record ThingHappened(UUID eventId, String thingId, long version, Instant occurredAt) implements IdentifiedEvent {}

    static class CountingListener {

        static final String ID = CountingListener.class.getName() + ".on";

        private final ConcurrentHashMap<UUID, Long> openAfterCommit = new ConcurrentHashMap<>();
        private final JdbcClient jdbc;

        CountingListener(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        private final ConcurrentHashMap<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<UUID, AtomicInteger> applied = new ConcurrentHashMap<>();

        @ApplicationModuleListener
        void on(ThingHappened event) {
            var attempt = attempts.computeIfAbsent(event.eventId(), id -> new AtomicInteger())
                    .incrementAndGet();
            if (event.thingId().equals("fails-once") && attempt == 1) {
                throw new InjectedFailure("simulated failure of a downstream");
            }
            applied.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
            if (event.thingId().equals("witness")) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        openAfterCommit.put(
                                event.eventId(),
                                jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :event")
                                        .param("event", "%" + event.eventId() + "%")
                                        .query(Long.class)
                                        .single());
                    }
                });
            }
        }

        Long openAfterCommit(UUID eventId) {
            return openAfterCommit.get(eventId);
        }

        int attempts(UUID eventId) {
            return attempts.getOrDefault(eventId, new AtomicInteger()).get();
        }

        int applied(UUID eventId) {
            return applied.getOrDefault(eventId, new AtomicInteger()).get();
        }
    }

    @TestConfiguration
    static class ListenerConfiguration {

        @Bean
        CountingListener countingListener(JdbcClient jdbc) {
            return new CountingListener(jdbc);
        }
    }
}
