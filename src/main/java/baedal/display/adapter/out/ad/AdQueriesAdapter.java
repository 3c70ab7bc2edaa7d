package baedal.display.adapter.out.ad;

import baedal.ad.api.AdQueries;
import baedal.display.domain.AdSource;
import baedal.display.domain.AdTier;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Reads ad standings through the ad module's published query port, in process. */
@SecondaryAdapter
@Component
@ConditionalOnProperty(name = "baedal.display.upstream.mode", havingValue = "in-process", matchIfMissing = true)
class AdQueriesAdapter implements AdSource {

    private final AdQueries ads;

    AdQueriesAdapter(AdQueries ads) {
        this.ads = ads;
    }

    @Override
    public AdTier tierOf(UUID shopId) {
        return AdTier.valueOf(ads.adsOf(shopId).tier());
    }
}
