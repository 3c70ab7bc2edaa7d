package baedal.ad.adapter.in.events;

import baedal.ad.application.AdManagement;
import baedal.shop.events.ShopClosedDown;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Pauses the ads of shops that closed down. */
@PrimaryAdapter
@Component
class ClosedDownShopsListener {

    private final AdManagement ads;

    ClosedDownShopsListener(AdManagement ads) {
        this.ads = ads;
    }

    @ApplicationModuleListener
    void on(ShopClosedDown event) {
        ads.shopClosedDown(event.shopId());
    }
}
