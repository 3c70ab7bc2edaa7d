package baedal.coupon.adapter.in.web;

import baedal.coupon.application.CouponManagement;
import baedal.coupon.application.OrderBenefitHandling;
import baedal.coupon.domain.CampaignId;
import baedal.coupon.domain.CampaignTally;
import baedal.coupon.domain.Coupon;
import baedal.coupon.domain.CouponCampaign;
import baedal.coupon.domain.CouponCampaign.Bearer;
import baedal.coupon.domain.Discount;
import baedal.kernel.Money;
import baedal.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators run coupon campaigns; customers claim coupons and see the ones they hold. */
@PrimaryAdapter
@RestController
@Tag(name = "coupon", description = "Coupon campaigns, first-come-first-served flash sales, customers' coupons")
class CouponController {

    private final CouponManagement coupons;
    private final OrderBenefitHandling benefits;

    CouponController(CouponManagement coupons, OrderBenefitHandling benefits) {
        this.coupons = coupons;
        this.benefits = benefits;
    }

    @Operation(summary = "Create a coupon campaign (admin)")
    @PostMapping("/api/coupon-campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<CampaignResponse> create(@Valid @RequestBody CampaignRequest request) {
        var id = coupons.createCampaign(request.toCampaign());
        return ResponseEntity.created(URI.create("/api/coupon-campaigns/" + id.id()))
                .body(CampaignResponse.of(coupons.campaign(id)));
    }

    @Operation(summary = "Coupon campaigns that have not ended, the newest first (at most 50)")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/api/coupon-campaigns")
    List<CampaignResponse> campaigns() {
        return coupons.currentCampaigns().stream().map(CampaignResponse::of).toList();
    }

    @Operation(summary = "A coupon campaign")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/api/coupon-campaigns/{campaignId}")
    CampaignResponse campaign(@PathVariable UUID campaignId) {
        return CampaignResponse.of(coupons.campaign(new CampaignId(campaignId)));
    }

    @Operation(
            summary = "Claim a coupon, first come first served",
            description = "201 with the coupon once it is stored; 409 when sold out, already held, not open yet or"
                    + " ended.")
    @PostMapping("/api/coupon-campaigns/{campaignId}/issue")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CUSTOMER')")
    ResponseEntity<CouponResponse> issue(Caller caller, @PathVariable UUID campaignId) {
        var id = new CampaignId(campaignId);
        var coupon = coupons.issue(id, caller.id());
        return ResponseEntity.created(URI.create("/api/me/coupons"))
                .body(CouponResponse.of(coupon, coupons.campaign(id)));
    }

    @Operation(summary = "The coupons you hold, newest first")
    @GetMapping("/api/me/coupons")
    @PreAuthorize("hasRole('CUSTOMER')")
    List<CouponResponse> mine(Caller caller) {
        return coupons.coupons(caller.id()).stream()
                .map(c -> CouponResponse.of(c, coupons.campaign(c.campaignId())))
                .toList();
    }

    @Operation(summary = "Your point balance (1 point = 1 KRW) and latest ledger entries")
    @GetMapping("/api/me/points")
    @PreAuthorize("hasRole('CUSTOMER')")
    PointsResponse points(Caller caller) {
        return new PointsResponse(
                benefits.pointBalance(caller.id()),
                benefits.pointEntries(caller.id()).stream()
                        .map(e -> new PointEntryResponse(e.orderId(), e.kind().name(), e.amount(), e.at()))
                        .toList());
    }

    @Operation(summary = "What the database holds for a campaign: issued, customers, over-limit holders (admin)")
    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/api/admin/coupon-campaigns/{campaignId}/tally")
    CampaignTally tally(@PathVariable UUID campaignId) {
        return coupons.tally(new CampaignId(campaignId));
    }

    record PointsResponse(long balance, List<PointEntryResponse> entries) {}

    record PointEntryResponse(UUID orderId, String kind, long amount, Instant at) {}

    record CampaignRequest(
            @NotBlank @Size(max = 100) String name,
            @Nullable @Positive @Max(10_000_000) Long discountAmount,
            @Nullable @Min(1) @Max(100) Integer discountPercent,
            @Nullable @Positive @Max(10_000_000) Long maxDiscount,
            @NotNull @PositiveOrZero @Max(100_000_000) Long minOrderAmount,
            @NotNull @Positive @Max(100_000_000) Integer totalQuantity,
            @Nullable @Positive @Max(100) Integer perUserLimit,
            @Nullable Instant opensAt,
            @NotNull Instant validFrom,
            @NotNull Instant validUntil,
            @Nullable UUID shopId,
            @Nullable @Pattern(regexp = "[A-Z_]{1,20}") String category,
            @Nullable Bearer bearer) {

        CouponCampaign toCampaign() {
            if (discountAmount != null && discountPercent != null) {
                throw new IllegalArgumentException("give either discountAmount or discountPercent, not both");
            }
            var discount = discountAmount != null
                    ? Discount.fixed(Money.won(discountAmount))
                    : new Discount(null, discountPercent, maxDiscount == null ? null : Money.won(maxDiscount));
            return new CouponCampaign(
                    CampaignId.random(),
                    name,
                    discount,
                    Money.won(minOrderAmount),
                    totalQuantity,
                    perUserLimit == null ? 1 : perUserLimit,
                    opensAt,
                    validFrom,
                    validUntil,
                    shopId,
                    category,
                    bearer == null ? Bearer.PLATFORM : bearer);
        }
    }

    record CampaignResponse(
            UUID id,
            String name,
            @Nullable Long discountAmount,
            @Nullable Integer discountPercent,
            @Nullable Long maxDiscount,
            long minOrderAmount,
            int totalQuantity,
            int perUserLimit,
            @Nullable Instant opensAt,
            Instant validFrom,
            Instant validUntil,
            @Nullable UUID shopId,
            @Nullable String category,
            Bearer bearer) {

        static CampaignResponse of(CouponCampaign c) {
            var d = c.discount();
            return new CampaignResponse(
                    c.getId().id(),
                    c.name(),
                    d.amount() == null ? null : d.amount().won(),
                    d.percent(),
                    d.max() == null ? null : d.max().won(),
                    c.minOrderAmount().won(),
                    c.totalQuantity(),
                    c.perUserLimit(),
                    c.opensAt(),
                    c.validFrom(),
                    c.validUntil(),
                    c.shopId(),
                    c.category(),
                    c.bearer());
        }
    }

    record CouponResponse(
            UUID id,
            UUID campaignId,
            String name,
            String status,
            @Nullable UUID orderId,
            @Nullable Long discountAmount,
            @Nullable Integer discountPercent,
            @Nullable Long maxDiscount,
            long minOrderAmount,
            Instant validFrom,
            Instant validUntil,
            Instant issuedAt) {

        static CouponResponse of(Coupon coupon, CouponCampaign c) {
            var d = c.discount();
            return new CouponResponse(
                    coupon.getId().id(),
                    c.getId().id(),
                    c.name(),
                    coupon.status().name(),
                    coupon.orderId(),
                    d.amount() == null ? null : d.amount().won(),
                    d.percent(),
                    d.max() == null ? null : d.max().won(),
                    c.minOrderAmount().won(),
                    c.validFrom(),
                    c.validUntil(),
                    coupon.issuedAt());
        }
    }
}
