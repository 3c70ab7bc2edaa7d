package baedal.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Keeps failures a test causes on purpose out of the build log as errors: an ERROR (or WARN) whose exception is, or
 * is caused by, an {@link InjectedFailure} — or by a type a running test declared expected with {@link #expect} (a
 * Kafka client's errors while the test holds the broker down) — is written as one WARN line of logger
 * {@code expected-failure}, naming the logger that reported it and the failure, without a stack trace. Installed by
 * {@code logback-test.xml}; everything else is logged as it is.
 */
public final class ExpectedFailures extends TurboFilter {

    private static final Map<Class<? extends Throwable>, String> EXPECTED = new ConcurrentHashMap<>();
    private static final ThreadLocal<Boolean> REPORTING = ThreadLocal.withInitial(() -> false);

    /**
     * Declares failures of this type (anywhere in an exception's causes) expected until the returned handle is
     * closed, for the reason given.
     */
    public static AutoCloseable expect(Class<? extends Throwable> type, String why) {
        EXPECTED.put(type, why);
        return () -> EXPECTED.remove(type);
    }

    @Override
    public FilterReply decide(
            Marker marker, Logger logger, Level level, String format, Object[] params, Throwable thrown) {
        if (thrown == null || level == null || !level.isGreaterOrEqual(Level.WARN) || REPORTING.get()) {
            return FilterReply.NEUTRAL;
        }
        var why = why(thrown);
        if (why == null) {
            return FilterReply.NEUTRAL;
        }
        REPORTING.set(true);
        try {
            LoggerFactory.getLogger("expected-failure")
                    .warn("{} (expected: {}) reported by {}", summary(thrown), why, logger.getName());
        } finally {
            REPORTING.set(false);
        }
        return FilterReply.DENY;
    }

    private static String why(Throwable thrown) {
        for (var cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InjectedFailure) {
                return "injected by the test";
            }
            for (var entry : EXPECTED.entrySet()) {
                if (entry.getKey().isInstance(cause)) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    private static String summary(Throwable thrown) {
        var root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
