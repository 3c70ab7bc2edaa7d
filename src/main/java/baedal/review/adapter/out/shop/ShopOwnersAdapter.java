package baedal.review.adapter.out.shop;

import baedal.review.domain.ShopOwners;
import baedal.shop.api.ShopQueries;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.stereotype.Component;

/** Reads shop owners through the shop module's published query port, in process. */
@SecondaryAdapter
@Component
class ShopOwnersAdapter implements ShopOwners {

    private final ShopQueries shops;

    ShopOwnersAdapter(ShopQueries shops) {
        this.shops = shops;
    }

    @Override
    public Optional<UUID> ownerOf(UUID shopId) {
        return shops.findShop(shopId).map(shop -> shop.ownerId());
    }
}
