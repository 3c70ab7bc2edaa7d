package baedal.review.application;

import baedal.platform.concurrency.AggregateLocks;
import baedal.review.api.ReviewQueries;
import baedal.review.domain.AlreadyReviewedException;
import baedal.review.domain.DeliveredOrder;
import baedal.review.domain.DeliveredOrders;
import baedal.review.domain.NotShopOwnerException;
import baedal.review.domain.OrderNotDeliveredException;
import baedal.review.domain.Review;
import baedal.review.domain.ReviewId;
import baedal.review.domain.ReviewNotFoundException;
import baedal.review.domain.Reviews;
import baedal.review.domain.ShopOwners;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Application;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reviews of delivered orders, and the ratings they add up to (published through {@link ReviewQueries}). */
@Application
@Service
@Transactional
class TransactionalReviewManagement implements ReviewManagement, ReviewQueries {

    private final Reviews reviews;
    private final DeliveredOrders delivered;
    private final ShopOwners owners;
    private final AggregateLocks locks;
    private final Clock clock;
    private final Duration window;

    TransactionalReviewManagement(
            Reviews reviews,
            DeliveredOrders delivered,
            ShopOwners owners,
            AggregateLocks locks,
            Clock clock,
            @Value("${baedal.review.window:P7D}") Duration window) {
        this.reviews = reviews;
        this.delivered = delivered;
        this.owners = owners;
        this.locks = locks;
        this.clock = clock;
        this.window = window;
    }

    @Override
    public Review write(UUID customerId, UUID orderId, int rating, String text) {
        var order = delivered
                .find(orderId)
                .orElseThrow(() -> new OrderNotDeliveredException("order " + orderId + " has not been delivered"));
        locks.lockUntilTransactionEnds(orderId);
        if (reviews.existsForOrder(orderId)) {
            throw new AlreadyReviewedException("order " + orderId + " has been reviewed already");
        }
        var review = Review.write(order, customerId, rating, text, window, now());
        try {
            reviews.save(review);
        } catch (DuplicateKeyException reviewedConcurrently) {
            throw new AlreadyReviewedException("order " + orderId + " has been reviewed already");
        }
        return review;
    }

    @Override
    public Review edit(UUID authorId, ReviewId reviewId, int rating, String text) {
        var review = load(reviewId);
        review.edit(authorId, rating, text, now());
        reviews.save(review);
        return review;
    }

    @Override
    public void delete(UUID authorId, ReviewId reviewId) {
        var review = load(reviewId);
        review.delete(authorId, now());
        reviews.save(review);
    }

    @Override
    public Review reply(UUID ownerId, ReviewId reviewId, String text) {
        var review = load(reviewId);
        if (!owners.ownerOf(review.shopId()).filter(ownerId::equals).isPresent()) {
            throw new NotShopOwnerException("only the owner of the shop may answer its reviews");
        }
        review.reply(text, now());
        reviews.save(review);
        return review;
    }

    @Override
    @Transactional(readOnly = true)
    public ReviewPage shopReviews(UUID shopId, int page, int size) {
        return new ReviewPage(reviews.findByShop(shopId, page, size), page, size, reviews.countByShop(shopId));
    }

    @Override
    public void orderDelivered(UUID orderId, UUID customerId, UUID shopId, Instant deliveredAt) {
        delivered.add(new DeliveredOrder(orderId, customerId, shopId, deliveredAt));
    }

    @Override
    @Transactional(readOnly = true)
    public ShopRating rating(UUID shopId) {
        var ratings = reviews.ratingSum(shopId);
        return new ShopRating(shopId, ratings.average(), (int) ratings.count());
    }

    private Review load(ReviewId id) {
        locks.lockUntilTransactionEnds(id);
        return reviews.findById(id).orElseThrow(() -> new ReviewNotFoundException("review " + id.id() + " not found"));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
