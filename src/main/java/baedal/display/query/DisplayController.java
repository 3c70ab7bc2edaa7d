package baedal.display.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The display endpoints as Spring MVC sees them: documents them for OpenAPI and serves them when the fast path
 * is switched off. Both routes share {@link DisplayHttp}, so they answer identically.
 */
@PrimaryAdapter
@RestController
@Tag(name = "display", description = "Public: the customer's home, shop list and shop detail")
class DisplayController {

    private final DisplayHttp http;

    DisplayController(DisplayHttp http) {
        this.http = http;
    }

    @Operation(summary = "Home: per category, how many shops are open now and deliver to the location")
    @GetMapping(DisplayHttp.HOME)
    void home(
            @Parameter(description = "latitude, decimal degrees") @RequestParam(required = false) String lat,
            @Parameter(description = "longitude, decimal degrees") @RequestParam(required = false) String lng,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        http.handle(request, response);
    }

    @Operation(summary = "Shops delivering to the location, ranked by ad tier, then open now, then rating")
    @GetMapping(DisplayHttp.SHOPS)
    void shops(
            @Parameter(description = "e.g. CHICKEN, PIZZA, KOREAN, CHINESE, JAPANESE, CAFE")
                    @RequestParam(required = false)
                    String category,
            @Parameter(description = "latitude, decimal degrees") @RequestParam(required = false) String lat,
            @Parameter(description = "longitude, decimal degrees") @RequestParam(required = false) String lng,
            @Parameter(description = "page number from 0") @RequestParam(required = false) String page,
            @Parameter(description = "page size, 1 to 100 (default 20)") @RequestParam(required = false) String size,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        http.handle(request, response);
    }

    @Operation(summary = "A shop with its menus, options, prices and sold-out flags")
    @GetMapping(DisplayHttp.SHOPS + "/{shopId}")
    void shop(@PathVariable String shopId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        http.handle(request, response);
    }
}
