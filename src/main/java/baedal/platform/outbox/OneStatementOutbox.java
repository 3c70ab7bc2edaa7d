package baedal.platform.outbox;

import baedal.kernel.IdentifiedEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring Modulith's JDBC registry, with its two writes of every publication one statement each
 * ({@code OrderRoundTripBudgetTests}):
 *
 * <ul>
 *   <li>The publications a transaction stores are written together, by one multi-row {@code INSERT} just before it
 *       commits, instead of one statement per publication as they are made (an event with four listeners: one round
 *       trip instead of four).
 *   <li>A publication completed in archive mode moves its row into the archive by one statement, instead of a copy into
 *       the archive and a delete (one round trip per listener run instead of two). On H2 an {@code INSERT} from the rows
 *       its {@code DELETE} removed ({@code OLD TABLE}), on SQL Server a {@code DELETE … OUTPUT … INTO}. A publication
 *       already moved moves nothing and fails the run completing it. The archive also keeps the event's id, so that a
 *       listener can tell an event it applied before under another publication.
 * </ul>
 *
 * Everything else is Spring Modulith's.
 */
final class OneStatementOutbox implements EventPublicationRepository {

    private static final String COLUMNS = "ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, STATUS, "
            + "COMPLETION_DATE, COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE, EVENT_ID";

    static final String H2 = "INSERT INTO EVENT_PUBLICATION_ARCHIVE (" + COLUMNS + ") "
            + "SELECT ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, 'COMPLETED', ?, "
            + "COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE, ? FROM OLD TABLE (DELETE FROM EVENT_PUBLICATION WHERE ID = ?)";

    static final String SQL_SERVER = "DELETE FROM EVENT_PUBLICATION OUTPUT DELETED.ID, DELETED.LISTENER_ID, "
            + "DELETED.EVENT_TYPE, DELETED.SERIALIZED_EVENT, DELETED.PUBLICATION_DATE, 'COMPLETED', ?, "
            + "DELETED.COMPLETION_ATTEMPTS, DELETED.LAST_RESUBMISSION_DATE, ? INTO EVENT_PUBLICATION_ARCHIVE ("
            + COLUMNS
            + ") WHERE ID = ?";

    /** Spring Modulith's JDBC repositories (one per version of its schema), and no other. */
    private static final String JDBC_REPOSITORY =
            "org.springframework.modulith.events.jdbc.JdbcEventPublicationRepository";

    private static final String INSERT = "INSERT INTO EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE,"
            + " SERIALIZED_EVENT, STATUS, COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE) VALUES ";

    private static final String ROW = "(?, ?, ?, ?, ?, ?, 1, ?)";

    /** Rows written by one statement: 7 parameters each stay far below SQL Server's 2,100 per statement. */
    static final int ROWS_PER_STATEMENT = 100;

    private static final ThreadLocal<@Nullable UUID> COMPLETING = new ThreadLocal<>();

    private final EventPublicationRepository registry;
    private final JdbcOperations jdbc;
    private final EventSerializer serializer;
    private final String move;

    OneStatementOutbox(
            EventPublicationRepository registry, JdbcOperations jdbc, EventSerializer serializer, String move) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.move = move;
    }

    /**
     * Wraps Spring Modulith's JDBC repository where publications are archived, on H2 and SQL Server (the databases
     * baedal runs on); leaves it alone elsewhere.
     */
    static BeanPostProcessor wrapping(
            Environment environment, ObjectProvider<JdbcOperations> jdbc, ObjectProvider<EventSerializer> serializer) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof EventPublicationRepository registry)
                        || !AopUtils.getTargetClass(bean).getName().startsWith(JDBC_REPOSITORY)
                        || !"archive"
                                .equalsIgnoreCase(environment.getProperty("spring.modulith.events.completion-mode"))) {
                    return bean;
                }
                var url = environment.getProperty("spring.datasource.url", "");
                var move = url.startsWith("jdbc:h2:") ? H2 : url.startsWith("jdbc:sqlserver:") ? SQL_SERVER : null;
                return move == null
                        ? bean
                        : new OneStatementOutbox(registry, jdbc.getObject(), serializer.getObject(), move);
            }
        };
    }

    /**
     * Moves the publication to the archive, with the id of the event being completed on this thread, if any (which a
     * listener run of a redelivered event looks for: {@link IdempotentListenerAdvisor}). A publication that is no longer
     * there was completed by another run of it (on this instance or another, after it was taken for stale and
     * resubmitted): this run fails, so that its work rolls back instead of being applied twice.
     */
    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        var eventId = COMPLETING.get();
        var moved = jdbc.update(
                move,
                Timestamp.from(completionDate),
                eventId == null ? null : eventId.toString(),
                identifier.toString());
        if (moved == 0) {
            throw new PublicationCompletedElsewhereException(identifier);
        }
    }

    /** Runs the completion of an event's publication, letting the archive record which event it was. */
    static void completing(Object event, Runnable completion) {
        COMPLETING.set(event instanceof IdentifiedEvent identified ? identified.eventId() : null);
        try {
            completion.run();
        } finally {
            COMPLETING.remove();
        }
    }

    /** A run of a publication that another run has completed already. */
    static final class PublicationCompletedElsewhereException extends IllegalStateException {
        PublicationCompletedElsewhereException(UUID publication) {
            super("Event publication " + publication + " was completed by another run of it; this run rolls back");
        }
    }

    /**
     * Keeps the publication to be written with the others of its transaction just before it commits; writes it at once
     * outside a transaction, or once the transaction's publications are written.
     */
    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        var pending = TransactionSynchronizationManager.isSynchronizationActive()
                        && TransactionSynchronizationManager.isActualTransactionActive()
                ? pending()
                : null;
        if (pending == null || !pending.add(publication)) {
            registry.create(publication);
        }
        return publication;
    }

    /** The current transaction's publications waiting to be written, registered with it on first use. */
    private Pending pending() {
        for (var synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.outbox == this) {
                return pending;
            }
        }
        var pending = new Pending(this);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** Writes publications in as few statements as there are {@link #ROWS_PER_STATEMENT}s of them. */
    private void write(List<TargetEventPublication> publications) {
        if (publications.size() == 1) {
            registry.create(publications.getFirst());
            return;
        }
        for (int from = 0; from < publications.size(); from += ROWS_PER_STATEMENT) {
            var rows = publications.subList(from, Math.min(publications.size(), from + ROWS_PER_STATEMENT));
            var args = new ArrayList<Object>(rows.size() * 7);
            for (var publication : rows) {
                var published = Timestamp.from(publication.getPublicationDate());
                args.add(publication.getIdentifier().toString());
                args.add(publication.getEvent().getClass().getName());
                args.add(publication.getTargetIdentifier().getValue());
                args.add(published);
                args.add(serializer.serialize(publication.getEvent()).toString());
                args.add(publication.getStatus().name());
                args.add(published);
            }
            jdbc.update(INSERT + String.join(", ", Collections.nCopies(rows.size(), ROW)), args.toArray());
        }
    }

    /**
     * A transaction's publications, written just before it commits (so in it: a rollback leaves none). One made after
     * that, by work that runs before the commit too, is written at once.
     */
    private static final class Pending implements TransactionSynchronization {

        private final OneStatementOutbox outbox;
        private final List<TargetEventPublication> publications = new ArrayList<>();
        private boolean written;

        Pending(OneStatementOutbox outbox) {
            this.outbox = outbox;
        }

        boolean add(TargetEventPublication publication) {
            return !written && publications.add(publication);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            if (!publications.isEmpty()) {
                outbox.write(publications);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE; // after any other work before the commit that may still publish
        }
    }

    @Override
    public void markProcessing(UUID identifier) {
        registry.markProcessing(identifier);
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        registry.markCompleted(event, identifier, completionDate);
    }

    @Override
    public void markFailed(UUID identifier) {
        registry.markFailed(identifier);
    }

    @Override
    public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
        return registry.markResubmitted(identifier, resubmissionDate);
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
        return registry.findIncompletePublications();
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return registry.findIncompletePublicationsPublishedBefore(instant);
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(
            Object event, PublicationTargetIdentifier targetIdentifier) {
        return registry.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
        return registry.findCompletedPublications();
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        registry.deletePublications(identifiers);
    }

    @Override
    public void deleteCompletedPublications() {
        registry.deleteCompletedPublications();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        registry.deleteCompletedPublicationsBefore(instant);
    }

    @Override
    public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
        return registry.findFailedPublications(criteria);
    }

    @Override
    public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
        return registry.findByStatus(status);
    }

    @Override
    public int countByStatus(EventPublication.Status status) {
        return registry.countByStatus(status);
    }

    @Override
    public String toString() {
        return "OneStatementOutbox(" + registry + ")";
    }
}
