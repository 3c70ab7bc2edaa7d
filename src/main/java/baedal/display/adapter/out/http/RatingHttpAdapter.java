package baedal.display.adapter.out.http;

import baedal.display.domain.RatingSource;
import baedal.review.api.ReviewQueries.ShopRating;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.web.client.RestClient;

/** The review module's query port at its internal HTTP endpoint. */
@SecondaryAdapter
class RatingHttpAdapter implements RatingSource {

    private final RestClient http;

    RatingHttpAdapter(RestClient http) {
        this.http = http;
    }

    @Override
    public Rating ratingOf(UUID shopId) {
        var rating = Objects.requireNonNull(
                http.get().uri("/internal/shops/{id}/rating", shopId).retrieve().body(ShopRating.class));
        return new Rating(rating.average(), rating.reviews());
    }
}
