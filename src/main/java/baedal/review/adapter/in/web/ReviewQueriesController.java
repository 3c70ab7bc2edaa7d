package baedal.review.adapter.in.web;

import baedal.review.api.ReviewQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The review module's published query port over HTTP, for modules in another deployment (role SERVICE). */
@PrimaryAdapter
@RestController
@Tag(name = "internal")
@PreAuthorize("hasAnyRole('SERVICE', 'ADMIN')")
class ReviewQueriesController {

    private final ReviewQueries reviews;

    ReviewQueriesController(ReviewQueries reviews) {
        this.reviews = reviews;
    }

    @Operation(summary = "A shop's rating over its visible reviews (service)")
    @GetMapping("/internal/shops/{shopId}/rating")
    ReviewQueries.ShopRating rating(@PathVariable UUID shopId) {
        return reviews.rating(shopId);
    }
}
