package baedal.display.adapter.out.shop;

import baedal.display.domain.MenuItem;
import baedal.display.domain.ShopSnapshot;
import baedal.display.domain.ShopSource;
import baedal.shop.api.ShopQueries;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The display's view of the shop module, through shop's published query port, in process. Extracting display
 * swaps this class for {@code ShopHttpAdapter} ({@code baedal.display.upstream.mode=http}).
 */
@SecondaryAdapter
@Component
@ConditionalOnProperty(name = "baedal.display.upstream.mode", havingValue = "in-process", matchIfMissing = true)
class ShopQueriesAdapter implements ShopSource {

    private final ShopQueries shops;

    ShopQueriesAdapter(ShopQueries shops) {
        this.shops = shops;
    }

    @Override
    public Optional<ShopSnapshot> findShop(UUID shopId) {
        return shops.findShop(shopId).map(ShopViews::snapshot);
    }

    @Override
    public List<MenuItem> findMenus(UUID shopId) {
        return shops.findMenus(shopId).stream().map(ShopViews::item).toList();
    }

    @Override
    public List<ShopSnapshot> findShops(int page, int size) {
        return shops.findShops(page, size).stream().map(ShopViews::snapshot).toList();
    }
}
