package baedal.shop.adapter.in.web;

import baedal.platform.security.Caller;
import baedal.shop.adapter.in.web.ShopRequests.MenuRequest;
import baedal.shop.adapter.in.web.ShopRequests.ShopRequest;
import baedal.shop.api.MenuView;
import baedal.shop.api.ShopQueries;
import baedal.shop.api.ShopView;
import baedal.shop.application.ShopCommands.AddMenu;
import baedal.shop.application.ShopCommands.ChangeMenu;
import baedal.shop.application.ShopCommands.ChangeShop;
import baedal.shop.application.ShopCommands.RegisterShop;
import baedal.shop.application.ShopManagement;
import baedal.shop.domain.MenuId;
import baedal.shop.domain.MenuNotFoundException;
import baedal.shop.domain.NotYourShopException;
import baedal.shop.domain.OwnerId;
import baedal.shop.domain.ShopId;
import baedal.shop.domain.ShopNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Owner endpoints of the shop module; every shop-specific call is allowed only to that shop's owner. */
@PrimaryAdapter
@RestController
@RequestMapping("/api/shops")
@PreAuthorize("hasRole('OWNER')")
@Tag(name = "shop", description = "Owners run their shops and menus")
class ShopController {

    private final ShopManagement shops;
    private final ShopQueries queries;

    ShopController(ShopManagement shops, ShopQueries queries) {
        this.shops = shops;
        this.queries = queries;
    }

    @Operation(summary = "Register a shop (it starts closed)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ShopView> register(Caller caller, @Valid @RequestBody ShopRequest request) {
        var shopId = shops.register(new RegisterShop(owner(caller), request.toProfile()));
        return ResponseEntity.created(URI.create("/api/shops/" + shopId.id())).body(ownedShop(caller, shopId.id()));
    }

    @Operation(summary = "One of your shops")
    @GetMapping("/{shopId}")
    ShopView shop(Caller caller, @PathVariable UUID shopId) {
        return ownedShop(caller, shopId);
    }

    @Operation(summary = "Change a shop's profile")
    @PutMapping("/{shopId}")
    ShopView change(Caller caller, @PathVariable UUID shopId, @Valid @RequestBody ShopRequest request) {
        shops.change(new ChangeShop(owner(caller), new ShopId(shopId), request.toProfile()));
        return ownedShop(caller, shopId);
    }

    @Operation(summary = "Start taking orders")
    @PostMapping("/{shopId}/open")
    ShopView open(Caller caller, @PathVariable UUID shopId) {
        shops.open(owner(caller), new ShopId(shopId));
        return ownedShop(caller, shopId);
    }

    @Operation(summary = "Stop taking orders")
    @PostMapping("/{shopId}/close")
    ShopView close(Caller caller, @PathVariable UUID shopId) {
        shops.close(owner(caller), new ShopId(shopId));
        return ownedShop(caller, shopId);
    }

    @Operation(summary = "Close the shop down for good: it cannot be opened again and its ads stop")
    @PostMapping("/{shopId}/close-down")
    ShopView closeDown(Caller caller, @PathVariable UUID shopId) {
        shops.closeDown(owner(caller), new ShopId(shopId));
        return ownedShop(caller, shopId);
    }

    @Operation(summary = "The menus of one of your shops")
    @GetMapping("/{shopId}/menus")
    List<MenuView> menus(Caller caller, @PathVariable UUID shopId) {
        ownedShop(caller, shopId);
        return queries.findMenus(shopId);
    }

    @Operation(summary = "Add a menu")
    @PostMapping("/{shopId}/menus")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MenuView> addMenu(
            Caller caller, @PathVariable UUID shopId, @Valid @RequestBody MenuRequest request) {
        var menuId =
                shops.addMenu(new AddMenu(owner(caller), new ShopId(shopId), request.toDetails(), request.isSoldOut()));
        return ResponseEntity.created(URI.create("/api/shops/" + shopId + "/menus/" + menuId.id()))
                .body(menu(menuId.id()));
    }

    @Operation(summary = "Change a menu, including its sold-out flag")
    @PutMapping("/{shopId}/menus/{menuId}")
    MenuView changeMenu(
            Caller caller,
            @PathVariable UUID shopId,
            @PathVariable UUID menuId,
            @Valid @RequestBody MenuRequest request) {
        shops.changeMenu(new ChangeMenu(
                owner(caller), new ShopId(shopId), new MenuId(menuId), request.toDetails(), request.isSoldOut()));
        return menu(menuId);
    }

    private ShopView ownedShop(Caller caller, UUID shopId) {
        var shop =
                queries.findShop(shopId).orElseThrow(() -> new ShopNotFoundException("shop " + shopId + " not found"));
        if (!shop.ownerId().equals(caller.id())) {
            throw new NotYourShopException("shop " + shopId + " belongs to another owner");
        }
        return shop;
    }

    private MenuView menu(UUID menuId) {
        return queries.findMenu(menuId).orElseThrow(() -> new MenuNotFoundException("menu " + menuId + " not found"));
    }

    private static OwnerId owner(Caller caller) {
        return new OwnerId(caller.id());
    }
}
