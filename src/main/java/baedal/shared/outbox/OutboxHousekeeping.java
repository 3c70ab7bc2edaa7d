package baedal.shared.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox moving and bounded: hands failed publications back to their listeners on a schedule
 * (restart resubmission is Spring Modulith's own), and purges archived publications and old inbox rows.
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
    void resubmitFailed() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(properties.resubmitFailedAfter()));
    }

    @Scheduled(fixedDelayString = "${baedal.outbox.purge-interval:PT1H}", initialDelayString = "PT1M")
    void purge() {
        completed.deletePublicationsOlderThan(properties.keepCompletedFor());
        int inboxRows = processedEvents.deleteOlderThan(properties.keepProcessedFor());
        log.debug(
                "Purged completed publications older than {} and {} inbox rows",
                properties.keepCompletedFor(),
                inboxRows);
    }
}
