package baedal.review.api;

import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Port;

/** Read-only access to reviews for subscribers of review events (the display shows ratings). */
@Port
public interface ReviewQueries {

    /** A shop's rating over its visible reviews: the average (one decimal, 0 without reviews) and their number. */
    ShopRating rating(UUID shopId);

    record ShopRating(UUID shopId, double average, int reviews) {}
}
