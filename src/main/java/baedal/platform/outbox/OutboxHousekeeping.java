package baedal.platform.outbox;

import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox moving and bounded: hands failed publications (including those Spring Modulith's staleness
 * monitor marked failed because an instance died working on them) back to their listeners once they are old enough,
 * each claimed in the database so that no two instances resubmit one, and purges archived publications and old
 * inbox rows. Each job runs on one instance at a time.
 */
@Component
class OutboxHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(OutboxHousekeeping.class);

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final ProcessedEvents processedEvents;
    private final OutboxProperties properties;

    OutboxHousekeeping(
            FailedEventPublications failed,
            CompletedEventPublications completed,
            ProcessedEvents processedEvents,
            OutboxProperties properties) {
        this.failed = failed;
        this.completed = completed;
        this.processedEvents = processedEvents;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${baedal.outbox.resubmit-interval:PT15S}", initialDelayString = "PT15S")
    @SchedulerLock(
            name = "outbox-resubmit-failed",
            // a lock left by an instance that died frees after this; recovery after a crash waits for it
            lockAtMostFor = "PT1M",
            lockAtLeastFor = "${baedal.outbox.resubmit-interval:PT15S}")
    void resubmitFailed() {
        var minAge = properties.resubmitFailedAfter();
        var cutoff = Instant.now().minus(minAge);
        // The age is also checked here: the JDBC registry of Spring Modulith 2.1.1 ignores withMinAge.
        failed.resubmit(ResubmissionOptions.defaults()
                .withMinAge(minAge)
                .withFilter(publication -> lastTouched(publication).isBefore(cutoff)));
    }

    private static Instant lastTouched(EventPublication publication) {
        var resubmitted = publication.getLastResubmissionDate();
        return resubmitted != null && resubmitted.isAfter(publication.getPublicationDate())
                ? resubmitted
                : publication.getPublicationDate();
    }

    @Scheduled(fixedDelayString = "${baedal.outbox.purge-interval:PT1H}", initialDelayString = "PT1M")
    @SchedulerLock(name = "outbox-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void purge() {
        completed.deletePublicationsOlderThan(properties.keepCompletedFor());
        int inboxRows = processedEvents.deleteOlderThan(properties.keepProcessedFor());
        log.debug(
                "Purged completed publications older than {} and {} inbox rows",
                properties.keepCompletedFor(),
                inboxRows);
    }
}
