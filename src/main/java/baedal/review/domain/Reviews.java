package baedal.review.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.ddd.types.Repository;

public interface Reviews extends Repository<Review, ReviewId> {

    Optional<Review> findById(ReviewId id);

    boolean existsForOrder(UUID orderId);

    /** Visible reviews of a shop, newest first. */
    List<Review> findByShop(UUID shopId, int page, int size);

    long countByShop(UUID shopId);

    /** Sum of ratings and number of the shop's visible reviews. */
    RatingSum ratingSum(UUID shopId);

    /** Stores the review (optimistic lock on its version) and publishes the events it recorded. */
    void save(Review review);
}
