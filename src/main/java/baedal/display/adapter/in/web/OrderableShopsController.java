package baedal.display.adapter.in.web;

import baedal.display.application.ShopNotListedException;
import baedal.order.spi.OrderableShop;
import baedal.order.spi.OrderableShops;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What the display provides to order ({@link OrderableShops}) over HTTP, for an order module in another deployment. */
@PrimaryAdapter
@RestController
@Tag(name = "internal")
@PreAuthorize("hasAnyRole('SERVICE', 'ADMIN')")
class OrderableShopsController {

    private final OrderableShops shops;

    OrderableShopsController(OrderableShops shops) {
        this.shops = shops;
    }

    @Operation(summary = "A shop as a cart is priced against it (service)")
    @GetMapping("/internal/orderable-shops/{shopId}")
    OrderableShop shop(@PathVariable UUID shopId) {
        return shops.findOrderableShop(shopId).orElseThrow(() -> new ShopNotListedException("No shop " + shopId));
    }
}
