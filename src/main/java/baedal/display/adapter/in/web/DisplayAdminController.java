package baedal.display.adapter.in.web;

import baedal.display.application.DisplayProjection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations on the display read model. */
@PrimaryAdapter
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "operations")
class DisplayAdminController {

    private final DisplayProjection projection;

    DisplayAdminController(DisplayProjection projection) {
        this.projection = projection;
    }

    @Operation(summary = "Rebuild the display read model from the publishers' query ports, then swap it in")
    @PostMapping("/api/admin/display/rebuild")
    RebuildResult rebuild() {
        var started = System.nanoTime();
        var shops = projection.rebuild();
        return new RebuildResult(shops, (System.nanoTime() - started) / 1_000_000);
    }

    record RebuildResult(int shops, long millis) {}
}
