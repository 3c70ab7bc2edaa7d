package baedal.kernel;

import java.time.Duration;

/**
 * A refusal that holds only for a while (too many attempts, a queue that is full): whatever answers it tells the
 * client when to try again ({@code Retry-After}).
 */
public interface RetryLater {

    /** How long the client should wait before trying again. */
    Duration retryAfter();
}
