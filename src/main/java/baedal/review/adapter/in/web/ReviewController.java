package baedal.review.adapter.in.web;

import baedal.platform.security.Caller;
import baedal.review.application.ReviewManagement;
import baedal.review.domain.Review;
import baedal.review.domain.ReviewId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customers review their delivered orders, owners reply, everyone reads a shop's reviews. */
@PrimaryAdapter
@RestController
@Validated
@Tag(name = "review")
class ReviewController {

    private final ReviewManagement reviews;

    ReviewController(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @Operation(summary = "Review one of your delivered orders (once, within the review window)")
    @PostMapping("/api/orders/{orderId}/review")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CUSTOMER')")
    ResponseEntity<ReviewResponse> write(
            Caller caller, @PathVariable UUID orderId, @Valid @RequestBody ReviewRequest request) {
        var review = reviews.write(caller.id(), orderId, request.rating(), request.text());
        return ResponseEntity.created(
                        URI.create("/api/reviews/" + review.getId().id()))
                .body(ReviewResponse.of(review));
    }

    @Operation(summary = "Edit your review")
    @PutMapping("/api/reviews/{reviewId}")
    @PreAuthorize("hasRole('CUSTOMER')")
    ReviewResponse edit(Caller caller, @PathVariable UUID reviewId, @Valid @RequestBody ReviewRequest request) {
        return ReviewResponse.of(reviews.edit(caller.id(), new ReviewId(reviewId), request.rating(), request.text()));
    }

    @Operation(summary = "Delete your review")
    @DeleteMapping("/api/reviews/{reviewId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('CUSTOMER')")
    ResponseEntity<Void> delete(Caller caller, @PathVariable UUID reviewId) {
        reviews.delete(caller.id(), new ReviewId(reviewId));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Answer a review of your shop (once)")
    @PostMapping("/api/reviews/{reviewId}/reply")
    @PreAuthorize("hasRole('OWNER')")
    ReviewResponse reply(Caller caller, @PathVariable UUID reviewId, @Valid @RequestBody ReplyRequest request) {
        return ReviewResponse.of(reviews.reply(caller.id(), new ReviewId(reviewId), request.text()));
    }

    @Operation(summary = "A shop's reviews, newest first")
    @PreAuthorize("permitAll()")
    @GetMapping("/api/shops/{shopId}/reviews")
    ReviewPageResponse shopReviews(
            @PathVariable UUID shopId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var found = reviews.shopReviews(shopId, page, size);
        return new ReviewPageResponse(
                found.items().stream().map(ReviewResponse::of).toList(),
                found.page(),
                found.size(),
                found.totalItems());
    }

    record ReviewRequest(
            @NotNull @Min(1) @Max(5) Integer rating,
            @NotBlank @Size(max = Review.MAX_TEXT) String text) {}

    record ReplyRequest(
            @NotBlank @Size(max = Review.MAX_TEXT) String text) {}

    record ReviewResponse(
            UUID id,
            UUID orderId,
            UUID shopId,
            int rating,
            String text,
            @Nullable String reply,
            @Nullable Instant repliedAt,
            Instant writtenAt,
            @Nullable Instant editedAt) {

        static ReviewResponse of(Review review) {
            return new ReviewResponse(
                    review.getId().id(),
                    review.orderId(),
                    review.shopId(),
                    review.rating(),
                    review.text(),
                    review.reply(),
                    review.repliedAt(),
                    review.writtenAt(),
                    review.editedAt());
        }
    }

    record ReviewPageResponse(List<ReviewResponse> items, int page, int size, long totalItems) {}
}
