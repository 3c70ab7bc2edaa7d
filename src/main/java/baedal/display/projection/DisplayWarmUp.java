package baedal.display.projection;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Loads the display's own stored documents into memory at start-up, without asking any other module. */
@PrimaryAdapter
@Component
class DisplayWarmUp {

    private static final Logger log = LoggerFactory.getLogger(DisplayWarmUp.class);

    private final DisplayProjection projection;

    DisplayWarmUp(DisplayProjection projection) {
        this.projection = projection;
    }

    @EventListener(ApplicationStartedEvent.class)
    void load() {
        log.info("Display serving {} shops from its own store", projection.loadStoredDocuments());
    }
}
