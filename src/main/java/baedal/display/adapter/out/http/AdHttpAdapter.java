package baedal.display.adapter.out.http;

import baedal.ad.api.AdQueries.ShopAds;
import baedal.display.domain.AdSource;
import baedal.display.domain.AdTier;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.web.client.RestClient;

/** The ad module's query port at its internal HTTP endpoint. */
@SecondaryAdapter
class AdHttpAdapter implements AdSource {

    private final RestClient http;

    AdHttpAdapter(RestClient http) {
        this.http = http;
    }

    @Override
    public AdTier tierOf(UUID shopId) {
        var ads = Objects.requireNonNull(
                http.get().uri("/internal/shops/{id}/ads", shopId).retrieve().body(ShopAds.class));
        return AdTier.valueOf(ads.tier());
    }
}
