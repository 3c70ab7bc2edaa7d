package baedal.review.domain;

import baedal.kernel.EventRecordingAggregateRoot;
import baedal.review.events.ReviewChanged;
import baedal.review.events.ReviewDeleted;
import baedal.review.events.ReviewWritten;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's review of one delivered order: a rating of 1 to 5 and a text. Only that order's customer writes it,
 * once, within the review window after delivery; the author may edit or delete it; the shop's owner may reply once.
 */
public class Review extends EventRecordingAggregateRoot<Review, ReviewId> {

    public static final int MAX_TEXT = 1_000;

    private final ReviewId id;
    private final UUID orderId;
    private final UUID shopId;
    private final UUID customerId;
    private int rating;
    private String text;
    private @Nullable String reply;
    private @Nullable Instant repliedAt;
    private final Instant writtenAt;
    private @Nullable Instant editedAt;
    private boolean deleted;
    private long version;

    private Review(
            ReviewId id,
            UUID orderId,
            UUID shopId,
            UUID customerId,
            int rating,
            String text,
            @Nullable String reply,
            @Nullable Instant repliedAt,
            Instant writtenAt,
            @Nullable Instant editedAt,
            boolean deleted,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.shopId = Objects.requireNonNull(shopId, "shopId");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.rating = checkRating(rating);
        this.text = checkText(text);
        this.reply = reply;
        this.repliedAt = repliedAt;
        this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
        this.editedAt = editedAt;
        this.deleted = deleted;
        this.version = version;
    }

    /** Writes the review of a delivered order; refused for another customer or once the window has closed. */
    public static Review write(
            DeliveredOrder order, UUID customer, int rating, String text, Duration window, Instant now) {
        if (!order.customerId().equals(customer)) {
            throw new NotYourOrderException("only the customer of order " + order.orderId() + " may review it");
        }
        if (now.isAfter(order.deliveredAt().plus(window))) {
            throw new ReviewWindowClosedException(
                    "orders can be reviewed for " + window.toDays() + " days after delivery");
        }
        var review = new Review(
                ReviewId.random(),
                order.orderId(),
                order.shopId(),
                customer,
                rating,
                text,
                null,
                null,
                now,
                null,
                false,
                0);
        review.registerEvent(new ReviewWritten(UUID.randomUUID(), review.id.id(), order.shopId(), 1, now));
        return review;
    }

    public void edit(UUID author, int rating, String text, Instant now) {
        assertAuthor(author);
        assertVisible();
        this.rating = checkRating(rating);
        this.text = checkText(text);
        this.editedAt = now;
        registerEvent(new ReviewChanged(UUID.randomUUID(), id.id(), shopId, version + 1, now));
    }

    public void delete(UUID author, Instant now) {
        assertAuthor(author);
        assertVisible();
        deleted = true;
        registerEvent(new ReviewDeleted(UUID.randomUUID(), id.id(), shopId, version + 1, now));
    }

    /** The shop's owner answers; the caller checked that {@code owner} owns the shop. */
    public void reply(String answer, Instant now) {
        assertVisible();
        if (reply != null) {
            throw new AlreadyAnsweredException("review " + id.id() + " has been answered already");
        }
        reply = checkText(answer);
        repliedAt = now;
        registerEvent(new ReviewChanged(UUID.randomUUID(), id.id(), shopId, version + 1, now));
    }

    private void assertAuthor(UUID author) {
        if (!customerId.equals(author)) {
            throw new NotYourReviewException("review " + id.id() + " was written by someone else");
        }
    }

    private void assertVisible() {
        if (deleted) {
            throw new ReviewDeletedException("review " + id.id() + " was deleted");
        }
    }

    private static int checkRating(int rating) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5");
        }
        return rating;
    }

    private static String checkText(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a review text has 1 to " + MAX_TEXT + " characters");
        }
        return text;
    }

    @Override
    public ReviewId getId() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID shopId() {
        return shopId;
    }

    public UUID customerId() {
        return customerId;
    }

    public int rating() {
        return rating;
    }

    public String text() {
        return text;
    }

    public @Nullable String reply() {
        return reply;
    }

    public @Nullable Instant repliedAt() {
        return repliedAt;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public @Nullable Instant editedAt() {
        return editedAt;
    }

    public boolean deleted() {
        return deleted;
    }

    public long version() {
        return version;
    }
}
