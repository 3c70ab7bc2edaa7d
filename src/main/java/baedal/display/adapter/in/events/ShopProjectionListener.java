package baedal.display.adapter.in.events;

import baedal.display.application.DisplayProjection;
import baedal.shop.events.MenuAdded;
import baedal.shop.events.MenuChanged;
import baedal.shop.events.ShopChanged;
import baedal.shop.events.ShopClosed;
import baedal.shop.events.ShopClosedDown;
import baedal.shop.events.ShopOpened;
import baedal.shop.events.ShopRegistered;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Feeds the shop module's events into the display projection. */
@PrimaryAdapter
@Component
class ShopProjectionListener {

    private final DisplayProjection projection;

    ShopProjectionListener(DisplayProjection projection) {
        this.projection = projection;
    }

    @ApplicationModuleListener
    void on(ShopRegistered event) {
        projection.refreshShop(event.shopId(), event.version(), event.occurredAt());
    }

    @ApplicationModuleListener
    void on(ShopChanged event) {
        projection.refreshShop(event.shopId(), event.version(), event.occurredAt());
    }

    @ApplicationModuleListener
    void on(ShopOpened event) {
        projection.refreshShop(event.shopId(), event.version(), event.occurredAt());
    }

    @ApplicationModuleListener
    void on(ShopClosed event) {
        projection.refreshShop(event.shopId(), event.version(), event.occurredAt());
    }

    @ApplicationModuleListener
    void on(ShopClosedDown event) {
        projection.refreshShop(event.shopId(), event.version(), event.occurredAt());
    }

    @ApplicationModuleListener
    void on(MenuAdded event) {
        projection.refreshMenu(event.shopId(), event.menuId(), event.version(), event.occurredAt());
    }

    @ApplicationModuleListener
    void on(MenuChanged event) {
        projection.refreshMenu(event.shopId(), event.menuId(), event.version(), event.occurredAt());
    }
}
