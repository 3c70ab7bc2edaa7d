package baedal.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import baedal.platform.outbox.OneStatementOutbox.PublicationCompletedElsewhereException;
import baedal.testing.InjectedFailure;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;

/** A listener run that another run of its publication beat is told as such; any other failure as Spring tells it. */
class ListenerRunFailuresTests {

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger ours = (Logger) LoggerFactory.getLogger(ListenerRunFailures.class);
    private final Logger springs = (Logger) LoggerFactory.getLogger(SimpleAsyncUncaughtExceptionHandler.class);
    /** Where a failure a test causes on purpose is told, naming the logger that reported it (ExpectedFailures). */
    private final Logger expected = (Logger) LoggerFactory.getLogger("expected-failure");

    @BeforeEach
    void listen() {
        logged.start();
        ours.addAppender(logged);
        springs.addAppender(logged);
        expected.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        ours.detachAppender(logged);
        springs.detachAppender(logged);
        expected.detachAppender(logged);
    }

    @Test
    void aRunBeatenByAnotherRunOfItsPublicationIsNotAnError() throws Exception {
        var handler = new ListenerRunFailures().getAsyncUncaughtExceptionHandler();

        handler.handleUncaughtException(
                new PublicationCompletedElsewhereException(UUID.randomUUID()),
                ListenerRunFailuresTests.class.getDeclaredMethod("listen"));

        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage())
                    .contains("ListenerRunFailuresTests.listen", "completed by another run");
        });
    }

    @Test
    void anyOtherFailureIsLoggedAsSpringLogsIt() throws Exception {
        var handler = new ListenerRunFailures().getAsyncUncaughtExceptionHandler();

        handler.handleUncaughtException(
                new InjectedFailure("broken"), ListenerRunFailuresTests.class.getDeclaredMethod("listen"));

        assertThat(logged.list)
                .singleElement()
                .satisfies(event -> assertThat(event.getFormattedMessage())
                        .contains("broken", "reported by " + SimpleAsyncUncaughtExceptionHandler.class.getName()));
    }
}
