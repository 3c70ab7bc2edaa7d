package baedal.platform.outbox;

import baedal.platform.outbox.OneStatementOutbox.PublicationCompletedElsewhereException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * What listener runs on the task executor end with. A run whose publication another run completed first (an instance
 * took it for stale and resubmitted it while it was still going) rolled back as it should, and is logged as such, not
 * as an error; anything else is logged as Spring logs it.
 */
class ListenerRunFailures implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ListenerRunFailures.class);

    private final AsyncUncaughtExceptionHandler others = new SimpleAsyncUncaughtExceptionHandler();

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (error, method, parameters) -> {
            if (error instanceof PublicationCompletedElsewhereException) {
                log.info("{}.{}: {}", method.getDeclaringClass().getSimpleName(), method.getName(), error.getMessage());
            } else {
                others.handleUncaughtException(error, method, parameters);
            }
        };
    }
}
