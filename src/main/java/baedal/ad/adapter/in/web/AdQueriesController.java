package baedal.ad.adapter.in.web;

import baedal.ad.api.AdQueries;
import baedal.ad.domain.AdContractNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The ad module's published query port over HTTP, for modules in another deployment (role SERVICE). */
@PrimaryAdapter
@RestController
@Tag(name = "internal")
@PreAuthorize("hasAnyRole('SERVICE', 'ADMIN')")
class AdQueriesController {

    private final AdQueries ads;

    AdQueriesController(AdQueries ads) {
        this.ads = ads;
    }

    @Operation(summary = "The strongest ad running for a shop now (service)")
    @GetMapping("/internal/shops/{shopId}/ads")
    AdQueries.ShopAds ads(@PathVariable UUID shopId) {
        return ads.adsOf(shopId);
    }

    @Operation(summary = "An ad contract as those who charge for it see it (service)")
    @GetMapping("/internal/ad-contracts/{contractId}")
    AdQueries.ContractTerms contract(@PathVariable UUID contractId) {
        return ads.contract(contractId)
                .orElseThrow(() -> new AdContractNotFoundException("No ad contract " + contractId));
    }
}
