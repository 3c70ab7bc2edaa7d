package baedal.account.application;

import baedal.kernel.RetryLater;
import java.time.Duration;

/** Too many failed sign-ins for a username or from an address: the next attempt has to wait. */
public class TooManySignInsException extends RuntimeException implements RetryLater {

    private final Duration retryAfter;

    public TooManySignInsException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in %d seconds.".formatted(seconds(retryAfter)));
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return Duration.ofSeconds(seconds(retryAfter));
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
