package baedal.review.application;

import baedal.review.domain.Review;
import baedal.review.domain.ReviewId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Customers review delivered orders; owners reply; anyone reads a shop's reviews. */
@PrimaryPort
public interface ReviewManagement {

    Review write(UUID customerId, UUID orderId, int rating, String text);

    Review edit(UUID authorId, ReviewId reviewId, int rating, String text);

    void delete(UUID authorId, ReviewId reviewId);

    Review reply(UUID ownerId, ReviewId reviewId, String text);

    ReviewPage shopReviews(UUID shopId, int page, int size);

    /** Opens an order for review once it was delivered. */
    void orderDelivered(UUID orderId, UUID customerId, UUID shopId, Instant deliveredAt);

    record ReviewPage(List<Review> items, int page, int size, long totalItems) {}
}
