package baedal.ad.adapter.in.web;

import baedal.ad.application.AdManagement;
import baedal.ad.domain.AdContract;
import baedal.ad.domain.AdProduct;
import baedal.kernel.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators sell ad contracts to shops and look them up. */
@PrimaryAdapter
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "ad")
class AdController {

    private final AdManagement ads;

    AdController(AdManagement ads) {
        this.ads = ads;
    }

    @Operation(
            summary = "Sign an ad contract for a shop (admin): ULTRA_CALL with area and monthlyFee, or OPEN_LIST"
                    + " with commissionPercent")
    @PostMapping("/api/ads")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ContractResponse> sign(@Valid @RequestBody ContractRequest request) {
        var contract = ads.sign(request.toContract());
        return ResponseEntity.created(URI.create("/api/ads?shopId=" + contract.shopId()))
                .body(ContractResponse.of(contract));
    }

    @Operation(summary = "A shop's ad contracts, newest first (admin)")
    @GetMapping("/api/ads")
    List<ContractResponse> contracts(@RequestParam UUID shopId) {
        return ads.contracts(shopId).stream().map(ContractResponse::of).toList();
    }

    record ContractRequest(
            @NotNull UUID shopId,
            @NotNull AdProduct product,
            @Nullable @Size(max = 100) String area,
            @Nullable @Min(1) @Max(100_000_000) Long monthlyFee,
            @Nullable @Min(1) @Max(30) Integer commissionPercent,
            @NotNull Instant startsAt,
            @NotNull Instant endsAt) {

        AdContract toContract() {
            return switch (product) {
                case ULTRA_CALL ->
                    AdContract.ultraCall(
                            shopId,
                            area == null ? "" : area,
                            Money.won(monthlyFee == null ? 0 : monthlyFee),
                            startsAt,
                            endsAt);
                case OPEN_LIST ->
                    AdContract.openList(shopId, commissionPercent == null ? 0 : commissionPercent, startsAt, endsAt);
            };
        }
    }

    record ContractResponse(
            UUID id,
            UUID shopId,
            AdProduct product,
            @Nullable String area,
            long monthlyFee,
            int commissionPercent,
            Instant startsAt,
            Instant endsAt,
            String status) {

        static ContractResponse of(AdContract c) {
            return new ContractResponse(
                    c.getId().id(),
                    c.shopId(),
                    c.product(),
                    c.area(),
                    c.monthlyFee().won(),
                    c.commissionPercent(),
                    c.startsAt(),
                    c.endsAt(),
                    c.status().name());
        }
    }
}
