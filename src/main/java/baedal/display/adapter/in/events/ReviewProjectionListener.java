package baedal.display.adapter.in.events;

import baedal.display.application.DisplayProjection;
import baedal.review.events.ReviewChanged;
import baedal.review.events.ReviewDeleted;
import baedal.review.events.ReviewWritten;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Feeds the review module's events into the display's ratings. */
@PrimaryAdapter
@Component
class ReviewProjectionListener {

    private final DisplayProjection projection;

    ReviewProjectionListener(DisplayProjection projection) {
        this.projection = projection;
    }

    @ApplicationModuleListener
    void on(ReviewWritten event) {
        projection.refreshRating(event.shopId(), event.occurredAt());
    }

    @ApplicationModuleListener
    void on(ReviewChanged event) {
        projection.refreshRating(event.shopId(), event.occurredAt());
    }

    @ApplicationModuleListener
    void on(ReviewDeleted event) {
        projection.refreshRating(event.shopId(), event.occurredAt());
    }
}
