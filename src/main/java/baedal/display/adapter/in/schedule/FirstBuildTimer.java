package baedal.display.adapter.in.schedule;

import baedal.display.application.DisplayProjection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Builds a display that was never built from its sources, once, on one instance at a time (ShedLock's lock
 * {@code display-first-build}), as soon as it starts: a display deployment restarted on an empty database shows every
 * shop again without an operator. Tries again while a source does not answer or another instance holds the lock, and
 * stops for good once a run found the display built, so an instance asks nothing of the database for it afterwards.
 */
@PrimaryAdapter
@Component
class FirstBuildTimer {

    private static final Logger log = LoggerFactory.getLogger(FirstBuildTimer.class);

    private final DisplayProjection projection;
    private final LockingTaskExecutor locks;
    private final TaskScheduler scheduler;
    private final Duration retry;
    private volatile @Nullable ScheduledFuture<?> attempts;

    FirstBuildTimer(
            DisplayProjection projection,
            LockProvider lockProvider,
            TaskScheduler scheduler,
            @Value("${baedal.display.first-build-retry:PT5S}") Duration retry) {
        this.projection = projection;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.scheduler = scheduler;
        this.retry = retry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        attempts = scheduler.scheduleWithFixedDelay(this::attempt, retry);
    }

    private void attempt() {
        try {
            var run = locks.executeWithLock(
                    (LockingTaskExecutor.TaskWithResult<Boolean>) () -> {
                        projection.buildIfNeverBuilt();
                        return true;
                    },
                    new LockConfiguration(Instant.now(), "display-first-build", Duration.ofMinutes(10), Duration.ZERO));
            var scheduled = attempts;
            if (run.wasExecuted() && scheduled != null) {
                scheduled.cancel(false);
            }
        } catch (Throwable failed) {
            log.warn("The display's first build failed, trying again: {}", failed.getMessage());
        }
    }
}
