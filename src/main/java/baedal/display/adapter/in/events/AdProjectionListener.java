package baedal.display.adapter.in.events;

import baedal.ad.events.AdChanged;
import baedal.ad.events.AdEnded;
import baedal.ad.events.AdStarted;
import baedal.display.application.DisplayProjection;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Feeds the ad module's events into the display's ranking. */
@PrimaryAdapter
@Component
class AdProjectionListener {

    private final DisplayProjection projection;

    AdProjectionListener(DisplayProjection projection) {
        this.projection = projection;
    }

    @ApplicationModuleListener
    void on(AdStarted event) {
        projection.refreshAds(event.shopId(), event.occurredAt());
    }

    @ApplicationModuleListener
    void on(AdChanged event) {
        projection.refreshAds(event.shopId(), event.occurredAt());
    }

    @ApplicationModuleListener
    void on(AdEnded event) {
        projection.refreshAds(event.shopId(), event.occurredAt());
    }
}
