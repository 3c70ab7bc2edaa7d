package baedal.review.adapter.out.persistence;

import baedal.review.domain.Review;
import baedal.review.domain.ReviewId;
import baedal.review.domain.Reviews;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reviews in the {@code review} schema, with plain JDBC; publishes recorded events on save. */
@SecondaryAdapter
@Component
class ReviewJdbcAdapter implements Reviews {

    private static final String COLUMNS = "id, order_id, shop_id, customer_id, rating, body, reply, replied_at,"
            + " written_at, edited_at, deleted, version";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ReviewJdbcAdapter(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Optional<Review> findById(ReviewId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review.reviews WHERE id = :id")
                .param("id", id.id())
                .query(ReviewJdbcAdapter::review)
                .optional();
    }

    @Override
    public boolean existsForOrder(UUID orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM review.reviews WHERE order_id = :order")
                        .param("order", orderId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public List<Review> findByShop(UUID shopId, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review.reviews WHERE shop_id = :shop AND deleted = 0"
                        + " ORDER BY written_at DESC, id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("shop", shopId)
                .param("offset", (long) page * size)
                .param("size", size)
                .query(ReviewJdbcAdapter::review)
                .list();
    }

    @Override
    public long countByShop(UUID shopId) {
        return jdbc.sql("SELECT COUNT(*) FROM review.reviews WHERE shop_id = :shop AND deleted = 0")
                .param("shop", shopId)
                .query(Long.class)
                .single();
    }

    @Override
    public long[] ratingSumAndCount(UUID shopId) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(CAST(rating AS BIGINT)), 0), COUNT(*) FROM review.reviews
                        WHERE shop_id = :shop AND deleted = 0""")
                .param("shop", shopId)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    @Override
    public void save(Review review) {
        if (review.version() == 0) {
            jdbc.sql("INSERT INTO review.reviews (" + COLUMNS + ") VALUES (:id, :order, :shop, :customer, :rating,"
                            + " :body, :reply, :repliedAt, :writtenAt, :editedAt, :deleted, 1)")
                    .param("id", review.getId().id())
                    .param("order", review.orderId())
                    .param("shop", review.shopId())
                    .param("customer", review.customerId())
                    .param("rating", review.rating())
                    .param("body", review.text())
                    .param("reply", review.reply())
                    .param("repliedAt", review.repliedAt())
                    .param("writtenAt", review.writtenAt())
                    .param("editedAt", review.editedAt())
                    .param("deleted", review.deleted())
                    .update();
        } else {
            var updated = jdbc.sql("""
                            UPDATE review.reviews SET rating = :rating, body = :body, reply = :reply,
                                replied_at = :repliedAt, edited_at = :editedAt, deleted = :deleted, version = version + 1
                            WHERE id = :id AND version = :version""")
                    .param("rating", review.rating())
                    .param("body", review.text())
                    .param("reply", review.reply())
                    .param("repliedAt", review.repliedAt())
                    .param("editedAt", review.editedAt())
                    .param("deleted", review.deleted())
                    .param("id", review.getId().id())
                    .param("version", review.version())
                    .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException(
                        "review " + review.getId().id() + " changed concurrently");
            }
        }
        review.releaseEvents().forEach(events::publishEvent);
    }

    private static Review review(ResultSet rs, int row) throws SQLException {
        return Review.restore(
                new ReviewId(rs.getObject("id", UUID.class)),
                rs.getObject("order_id", UUID.class),
                rs.getObject("shop_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getInt("rating"),
                rs.getString("body"),
                rs.getString("reply"),
                instant(rs.getTimestamp("replied_at")),
                rs.getTimestamp("written_at").toInstant(),
                instant(rs.getTimestamp("edited_at")),
                rs.getBoolean("deleted"),
                rs.getLong("version"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
