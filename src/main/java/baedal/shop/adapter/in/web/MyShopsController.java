package baedal.shop.adapter.in.web;

import baedal.platform.security.Caller;
import baedal.shop.api.ShopQueries;
import baedal.shop.api.ShopView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An owner's own shops, where the owner's pages start. */
@PrimaryAdapter
@RestController
@Tag(name = "shop")
class MyShopsController {

    private final ShopQueries queries;

    MyShopsController(ShopQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "Your shops, by name (closed-down ones too)")
    @GetMapping("/api/me/shops")
    @PreAuthorize("hasRole('OWNER')")
    List<ShopView> mine(Caller caller) {
        return queries.findShopsOf(caller.id());
    }
}
