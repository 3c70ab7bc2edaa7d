package baedal.account.application;

import baedal.kernel.RetryLater;
import java.time.Duration;

/** Too many failed sign-ins for a username or from an address: the next attempt has to wait. */
public class TooManySignInsException extends RuntimeException implements RetryLater {

    private final Duration retryAfter;

    /** {@code wait} is told rounded up to whole seconds, at least one: what a client can be asked to wait. */
    public TooManySignInsException(Duration wait) {
        this(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    private TooManySignInsException(long seconds) {
        super("Too many failed sign-ins; try again in %d seconds.".formatted(seconds));
        this.retryAfter = Duration.ofSeconds(seconds);
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
