package baedal.review.adapter.out.persistence;

import baedal.review.domain.RatingSum;
import baedal.review.domain.Review;
import baedal.review.domain.ReviewId;
import baedal.review.domain.Reviews;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Reviews in table {@code review.reviews}, stored by Spring Data JDBC (saving and finding by id are its own); the
 * queries of a shop's page and its rating are written here.
 */
@SecondaryAdapter
interface ReviewJdbcAdapter extends Reviews, Repository<Review, ReviewId> {

    @Override
    default boolean existsForOrder(UUID orderId) {
        return countForOrder(orderId) > 0;
    }

    @Query("SELECT COUNT(*) FROM review.reviews WHERE order_id = :orderId")
    long countForOrder(UUID orderId);

    @Override
    default List<Review> findByShop(UUID shopId, int page, int size) {
        return findVisible(shopId, (long) page * size, size);
    }

    @Query("SELECT * FROM review.reviews WHERE shop_id = :shopId AND deleted = 0"
            + " ORDER BY written_at DESC, id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
    List<Review> findVisible(UUID shopId, long offset, int size);

    @Override
    @Query("SELECT COUNT(*) FROM review.reviews WHERE shop_id = :shopId AND deleted = 0")
    long countByShop(UUID shopId);

    @Override
    @Query("SELECT COALESCE(SUM(CAST(rating AS BIGINT)), 0) AS sum, COUNT(*) AS count FROM review.reviews"
            + " WHERE shop_id = :shopId AND deleted = 0")
    RatingSum ratingSum(UUID shopId);
}
