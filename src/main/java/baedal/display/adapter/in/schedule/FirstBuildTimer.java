package baedal.display.adapter.in.schedule;

import baedal.display.application.DisplayProjection;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Builds a display that was never built from its sources, once, on one instance at a time, as soon as it starts: a
 * display deployment restarted on an empty database shows every shop again without an operator. Tries again while a
 * source does not answer; does nothing once the display was built.
 */
@PrimaryAdapter
@Component
class FirstBuildTimer {

    private static final Logger log = LoggerFactory.getLogger(FirstBuildTimer.class);

    private final DisplayProjection projection;
    private volatile boolean built;

    FirstBuildTimer(DisplayProjection projection) {
        this.projection = projection;
    }

    @Scheduled(fixedDelayString = "${baedal.display.first-build-retry:PT5S}")
    @SchedulerLock(name = "display-first-build", lockAtMostFor = "PT10M")
    void buildIfNeverBuilt() {
        if (built) {
            return;
        }
        try {
            projection.buildIfNeverBuilt();
            built = true;
        } catch (RuntimeException e) {
            log.warn("The display's first build failed, trying again: {}", e.getMessage());
        }
    }
}
