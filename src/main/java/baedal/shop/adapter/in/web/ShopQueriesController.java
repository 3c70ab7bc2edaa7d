package baedal.shop.adapter.in.web;

import baedal.shop.api.MenuView;
import baedal.shop.api.ShopQueries;
import baedal.shop.api.ShopView;
import baedal.shop.domain.MenuNotFoundException;
import baedal.shop.domain.ShopNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop module's published query port over HTTP, for modules that run in another deployment (role SERVICE). It
 * answers exactly what {@link ShopQueries} answers in process.
 */
@PrimaryAdapter
@RestController
@Tag(name = "internal")
@PreAuthorize("hasAnyRole('SERVICE', 'ADMIN')")
class ShopQueriesController {

    private final ShopQueries shops;

    ShopQueriesController(ShopQueries shops) {
        this.shops = shops;
    }

    @Operation(summary = "A shop as it is now (service)")
    @GetMapping("/internal/shops/{shopId}")
    ShopView shop(@PathVariable UUID shopId) {
        return shops.findShop(shopId).orElseThrow(() -> new ShopNotFoundException("No shop " + shopId));
    }

    @Operation(summary = "A shop's menus, by group and name (service)")
    @GetMapping("/internal/shops/{shopId}/menus")
    List<MenuView> menus(@PathVariable UUID shopId) {
        return shops.findMenus(shopId);
    }

    @Operation(summary = "A menu as it is now (service)")
    @GetMapping("/internal/menus/{menuId}")
    MenuView menu(@PathVariable UUID menuId) {
        return shops.findMenu(menuId).orElseThrow(() -> new MenuNotFoundException("No menu " + menuId));
    }

    @Operation(summary = "A page of shops ordered by id, for a full rebuild (service)")
    @GetMapping("/internal/shops")
    List<ShopView> shops(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return shops.findShops(page, size);
    }
}
