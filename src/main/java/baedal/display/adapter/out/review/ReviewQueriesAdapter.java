package baedal.display.adapter.out.review;

import baedal.display.domain.RatingSource;
import baedal.review.api.ReviewQueries;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Reads ratings through the review module's published query port, in process. */
@SecondaryAdapter
@Component
@ConditionalOnProperty(name = "baedal.display.upstream.mode", havingValue = "in-process", matchIfMissing = true)
class ReviewQueriesAdapter implements RatingSource {

    private final ReviewQueries reviews;

    ReviewQueriesAdapter(ReviewQueries reviews) {
        this.reviews = reviews;
    }

    @Override
    public Rating ratingOf(UUID shopId) {
        var rating = reviews.rating(shopId);
        return new Rating(rating.average(), rating.reviews());
    }
}
