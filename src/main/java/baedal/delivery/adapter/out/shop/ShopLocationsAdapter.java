package baedal.delivery.adapter.out.shop;

import baedal.delivery.domain.ShopLocations;
import baedal.kernel.GeoPoint;
import baedal.shop.api.ShopQueries;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Reads shop locations through the shop module's published query port, in process; nothing when shop runs elsewhere. */
@SecondaryAdapter
@Component
class ShopLocationsAdapter implements ShopLocations {

    private final ObjectProvider<ShopQueries> shops;

    ShopLocationsAdapter(ObjectProvider<ShopQueries> shops) {
        this.shops = shops;
    }

    @Override
    public Optional<GeoPoint> locationOf(UUID shopId) {
        var queries = shops.getIfAvailable();
        return queries == null
                ? Optional.empty()
                : queries.findShop(shopId).map(shop -> new GeoPoint(shop.lat(), shop.lng()));
    }
}
