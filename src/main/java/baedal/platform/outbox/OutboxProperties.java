package baedal.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Housekeeping of the event publication registry and the inbox.
 *
 * @param resubmitFailedAfter failed publications at least this old are handed to their listeners again
 * @param keepCompletedFor archived (completed) publications are purged after this long
 * @param keepProcessedFor inbox rows are purged after this long; must exceed any re-publication window
 * @param staleAfter an incomplete publication this old is stale: counted in metrics and reported by the health endpoint
 */
@ConfigurationProperties("baedal.outbox")
record OutboxProperties(
        Duration resubmitFailedAfter, Duration keepCompletedFor, Duration keepProcessedFor, Duration staleAfter) {

    OutboxProperties {
        resubmitFailedAfter = resubmitFailedAfter == null ? Duration.ofSeconds(30) : resubmitFailedAfter;
        keepCompletedFor = keepCompletedFor == null ? Duration.ofDays(7) : keepCompletedFor;
        keepProcessedFor = keepProcessedFor == null ? Duration.ofDays(30) : keepProcessedFor;
        staleAfter = staleAfter == null ? Duration.ofMinutes(5) : staleAfter;
    }
}
