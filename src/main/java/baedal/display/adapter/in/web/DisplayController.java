package baedal.display.adapter.in.web;

import baedal.display.application.DisplayPages;
import baedal.display.application.DisplayViews;
import baedal.display.application.ShopNotListedException;
import baedal.kernel.GeoPoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's home, shop list and shop detail: public, served from the read model's pre-rendered pages. Most
 * requests for them are answered before they get here, by {@link DisplayEarlyRoutes} with the same pages; this
 * controller answers the rest, and explains every parameter it does not accept.
 */
@PrimaryAdapter
@RestController
@Tag(name = "display", description = "Public: the customer's home, shop list and shop detail")
class DisplayController {

    static final String HOME = "/api/display/home";
    static final String SHOPS = "/api/display/shops";
    static final String SHOP = "/api/display/shops/{shopId}";
    static final int MAX_PAGE = 10_000;
    static final int MAX_SIZE = 100;
    static final String CATEGORY = "[A-Z_]{0,30}";

    private final DisplayPages pages;

    DisplayController(DisplayPages pages) {
        this.pages = pages;
    }

    @Operation(summary = "Home: per category, how many shops are open now and deliver to the location")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = DisplayViews.Home.class)))
    @GetMapping(HOME)
    @ApiResponse(responseCode = "200", description = "OK (with an ETag)")
    @ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is still current")
    @PreAuthorize("permitAll()")
    void home(
            @Parameter(description = "latitude, decimal degrees", example = "37.5665")
                    @RequestParam
                    @DecimalMin("-90")
                    @DecimalMax("90")
                    double lat,
            @Parameter(description = "longitude, decimal degrees", example = "126.978")
                    @RequestParam
                    @DecimalMin("-180")
                    @DecimalMax("180")
                    double lng,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var at = new GeoPoint(lat, lng);
        PageResponses.send(request, response, pages.home(at.lat(), at.lng()));
    }

    @Operation(summary = "Shops delivering to the location, ranked by ad tier, then open now, then rating")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = DisplayViews.ShopPage.class)))
    @GetMapping(SHOPS)
    @ApiResponse(responseCode = "200", description = "OK (with an ETag)")
    @ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is still current")
    @PreAuthorize("permitAll()")
    void shops(
            @Parameter(description = "e.g. CHICKEN, PIZZA, KOREAN, CHINESE, JAPANESE, CAFE; all when absent")
                    @RequestParam(required = false)
                    @Pattern(regexp = CATEGORY, message = "must be a category name such as CHICKEN")
                    @Nullable
                    String category,
            @Parameter(description = "latitude, decimal degrees", example = "37.5665")
                    @RequestParam
                    @DecimalMin("-90")
                    @DecimalMax("90")
                    double lat,
            @Parameter(description = "longitude, decimal degrees", example = "126.978")
                    @RequestParam
                    @DecimalMin("-180")
                    @DecimalMax("180")
                    double lng,
            @Parameter(description = "page number from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE)
                    int page,
            @Parameter(description = "page size") @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_SIZE) int size,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var at = new GeoPoint(lat, lng);
        var all = category == null || category.isEmpty();
        PageResponses.send(request, response, pages.list(all ? null : category, at.lat(), at.lng(), page, size));
    }

    @Operation(summary = "A shop with its menus, options, prices and sold-out flags")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = DisplayViews.ShopDetail.class)))
    @GetMapping(SHOP)
    @ApiResponse(responseCode = "200", description = "OK (with an ETag)")
    @ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is still current")
    @PreAuthorize("permitAll()")
    void shop(@PathVariable UUID shopId, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var detail = pages.detail(shopId);
        if (detail == null) {
            throw new ShopNotListedException("shop " + shopId + " is not listed");
        }
        PageResponses.send(request, response, detail);
    }
}
