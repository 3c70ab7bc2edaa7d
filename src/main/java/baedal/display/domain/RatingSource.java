package baedal.display.domain;

import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where the display fetches a shop's current rating after a review event: in the monolith the review module's query
 * port, after extraction an HTTP client. Failures propagate, so the event stays in the outbox and is retried.
 */
@SecondaryPort
public interface RatingSource {

    Rating ratingOf(UUID shopId);

    /** Average of the visible reviews (one decimal) and how many there are. */
    record Rating(double average, int reviews) {}
}
