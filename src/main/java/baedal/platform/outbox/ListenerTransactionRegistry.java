package baedal.platform.outbox;

import java.time.Clock;
import java.util.Collection;
import java.util.stream.Stream;
import org.springframework.modulith.events.core.DefaultEventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Modulith's registry, with a listener's publication concluded in the listener's own transaction instead of
 * in transactions of their own (see {@link ListenerTransactionCompletion}, which puts the marking inside the
 * transaction):
 *
 * <ul>
 *   <li>completion commits with the listener's work and its inbox row, or rolls back with them: there is no moment
 *       when the work is committed and the publication still open, and two fewer commits per listener run;
 *   <li>the "processing" mark is not written inside a listener's transaction: nobody could see it before the
 *       completion that removes the row commits with it. A publication being worked on therefore stays "published"
 *       to others, and one left behind by a crashed instance is found stale from that state;
 *   <li>a failure is marked after the listener's transaction has rolled back, in a transaction of its own, so that
 *       the mark survives the rollback and never waits for locks the listener's transaction still held.
 * </ul>
 *
 * Outside a transaction (a framework listener that is not transactional, such as the Kafka externaliser) each mark
 * runs in a transaction of its own, as Spring Modulith does.
 */
class ListenerTransactionRegistry extends DefaultEventPublicationRegistry {

    private final TransactionTemplate separately;

    /**
     * Whether completing a publication tells a second run of it and records the event ({@link OneStatementOutbox}):
     * only then may a run of a fresh event skip the inbox.
     */
    private final boolean completionTellsRepeats;

    ListenerTransactionRegistry(
            EventPublicationRepository repository, Clock clock, PlatformTransactionManager transactions) {
        super(repository, clock);
        this.completionTellsRepeats = repository instanceof OneStatementOutbox;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Stores the publications as Spring Modulith does, and notes whether the event is published fresh. */
    @Override
    public Collection<TargetEventPublication> store(Object event, Stream<PublicationTargetIdentifier> listeners) {
        var stored = super.store(event, listeners);
        if (completionTellsRepeats) {
            EventRedelivery.published(event);
        }
        return stored;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public void markProcessing(Object event, PublicationTargetIdentifier identifier) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            separately.executeWithoutResult(status -> super.markProcessing(event, identifier));
        }
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void markCompleted(Object event, PublicationTargetIdentifier identifier) {
        OneStatementOutbox.completing(event, () -> super.markCompleted(event, identifier));
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public void markFailed(Object event, PublicationTargetIdentifier identifier) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            separately.executeWithoutResult(status -> super.markFailed(event, identifier));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                separately.executeWithoutResult(
                        inNewTransaction -> ListenerTransactionRegistry.super.markFailed(event, identifier));
            }
        });
    }
}
