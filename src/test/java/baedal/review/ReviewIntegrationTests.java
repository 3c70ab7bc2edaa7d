package baedal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;

import baedal.order.events.OrderDelivered;
import baedal.review.api.ReviewQueries;
import baedal.review.application.ReviewManagement;
import baedal.review.domain.AlreadyAnsweredException;
import baedal.review.domain.AlreadyReviewedException;
import baedal.review.domain.NotShopOwnerException;
import baedal.review.domain.NotYourOrderException;
import baedal.review.domain.NotYourReviewException;
import baedal.review.domain.OrderNotDeliveredException;
import baedal.review.domain.Review;
import baedal.review.domain.ReviewWindowClosedException;
import baedal.review.events.ReviewChanged;
import baedal.review.events.ReviewDeleted;
import baedal.review.events.ReviewWritten;
import baedal.shop.api.ShopQueries;
import baedal.shop.api.ShopView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The review module on its own: delivered orders arrive as events, shop owners come from a mocked query port. */
@ApplicationModuleTest
@ActiveProfiles("test")
class ReviewIntegrationTests {

    static final UUID SHOP = UUID.randomUUID();
    static final UUID OWNER = UUID.randomUUID();

    @MockitoBean
    ShopQueries shops;

    private final ReviewManagement reviews;
    private final ReviewQueries queries;

    ReviewIntegrationTests(ReviewManagement reviews, ReviewQueries queries) {
        this.reviews = reviews;
        this.queries = queries;
    }

    @Test
    void theCustomerOfADeliveredOrderReviewsItOnce(Scenario scenario) {
        var customer = UUID.randomUUID();
        var order = UUID.randomUUID();
        var delivered = new OrderDelivered(UUID.randomUUID(), order, SHOP, customer, 6, Instant.now());

        scenario.publish(delivered)
                .andWaitForStateChange(() -> canReview(customer, order), Boolean::booleanValue)
                .andVerify(open -> assertThat(open).isTrue());
        scenario.publish(delivered) // a re-published fact changes nothing
                .andWaitForStateChange(() -> true)
                .andVerify(ignored -> assertThat(canReview(customer, order)).isTrue());

        scenario.stimulate(() -> reviews.write(customer, order, 5, "Crispy and hot"))
                .andWaitForEventOfType(ReviewWritten.class)
                .matching(written -> written.shopId().equals(SHOP))
                .toArriveAndVerify((written, review) ->
                        assertThat(written.reviewId()).isEqualTo(review.getId().id()));

        assertThatThrownBy(() -> reviews.write(customer, order, 4, "Again"))
                .isInstanceOf(AlreadyReviewedException.class)
                .hasMessageContaining("reviewed already");
    }

    @Test
    void onlyThatCustomerOnlyDeliveredOrdersAndOnlyWithinTheWindow() {
        var customer = UUID.randomUUID();
        var order = delivered(customer, Instant.now());

        assertThatThrownBy(() -> reviews.write(UUID.randomUUID(), order, 5, "Not mine"))
                .isInstanceOf(NotYourOrderException.class);
        assertThatThrownBy(() -> reviews.write(customer, UUID.randomUUID(), 5, "Never delivered"))
                .isInstanceOf(OrderNotDeliveredException.class);
        var old = delivered(customer, Instant.now().minus(Duration.ofDays(8)));
        assertThatThrownBy(() -> reviews.write(customer, old, 5, "Too late"))
                .isInstanceOf(ReviewWindowClosedException.class)
                .hasMessageContaining("7 days");
        assertThatThrownBy(() -> reviews.write(customer, order, 6, "Six stars"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reviews.write(customer, order, 5, "x".repeat(Review.MAX_TEXT + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOwnerRepliesOnceAndTheAuthorEditsAndDeletes(Scenario scenario) {
        var shop = UUID.randomUUID();
        given(shops.findShop(shop)).willReturn(Optional.of(shopOwnedBy(shop, OWNER)));
        var customer = UUID.randomUUID();
        var review = reviews.write(customer, delivered(customer, shop, Instant.now()), 3, "Fine");

        assertThatThrownBy(() -> reviews.reply(UUID.randomUUID(), review.getId(), "Not my shop"))
                .isInstanceOf(NotShopOwnerException.class);
        scenario.stimulate(() -> reviews.reply(OWNER, review.getId(), "Thank you!"))
                .andWaitForEventOfType(ReviewChanged.class)
                .matching(changed -> changed.reviewId().equals(review.getId().id()))
                .toArriveAndVerify(changed -> assertThat(changed.shopId()).isEqualTo(shop));
        assertThatThrownBy(() -> reviews.reply(OWNER, review.getId(), "Twice"))
                .isInstanceOf(AlreadyAnsweredException.class);

        assertThatThrownBy(() -> reviews.edit(UUID.randomUUID(), review.getId(), 1, "Someone else"))
                .isInstanceOf(NotYourReviewException.class);
        reviews.edit(customer, review.getId(), 4, "Better than I said");
        assertThat(queries.rating(shop).average()).isEqualTo(4.0);

        scenario.stimulate(() -> reviews.delete(customer, review.getId()))
                .andWaitForEventOfType(ReviewDeleted.class)
                .matching(deleted -> deleted.reviewId().equals(review.getId().id()))
                .toArriveAndVerify(deleted -> {
                    assertThat(queries.rating(shop).reviews()).isZero();
                    assertThat(reviews.shopReviews(shop, 0, 20).items()).isEmpty();
                });
    }

    @Test
    void aShopsRatingAveragesItsReviewsAndTheyPageNewestFirst() {
        var shop = UUID.randomUUID();
        for (var rating : List.of(5, 4, 4)) {
            var customer = UUID.randomUUID();
            reviews.write(customer, delivered(customer, shop, Instant.now()), rating, "Rated " + rating);
        }

        assertThat(queries.rating(shop).average()).isEqualTo(4.3);
        assertThat(queries.rating(shop).reviews()).isEqualTo(3);
        var page = reviews.shopReviews(shop, 0, 2);
        assertThat(page.totalItems()).isEqualTo(3);
        assertThat(page.items()).hasSize(2);
        assertThat(page.items().get(0).writtenAt())
                .isAfterOrEqualTo(page.items().get(1).writtenAt());
        assertThat(reviews.shopReviews(shop, 1, 2).items()).hasSize(1);
    }

    private UUID delivered(UUID customer, Instant at) {
        return delivered(customer, SHOP, at);
    }

    private UUID delivered(UUID customer, UUID shop, Instant at) {
        var order = UUID.randomUUID();
        reviews.orderDelivered(order, customer, shop, at);
        return order;
    }

    private boolean canReview(UUID customer, UUID order) {
        try {
            reviews.write(UUID.randomUUID(), order, 5, "probe");
            return false;
        } catch (NotYourOrderException delivered) {
            return true;
        } catch (OrderNotDeliveredException notYet) {
            return false;
        }
    }

    private static ShopView shopOwnedBy(UUID shop, UUID owner) {
        return new ShopView(
                shop,
                owner,
                "Review Chicken",
                "CHICKEN",
                "Olympic-ro 300",
                37.5,
                127.1,
                3_000,
                15_000,
                2_000,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "Asia/Seoul",
                true,
                1);
    }
}
