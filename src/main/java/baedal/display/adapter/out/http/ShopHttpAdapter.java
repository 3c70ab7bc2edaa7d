package baedal.display.adapter.out.http;

import baedal.display.adapter.out.shop.ShopViews;
import baedal.display.domain.MenuItem;
import baedal.display.domain.ShopSnapshot;
import baedal.display.domain.ShopSource;
import baedal.shop.api.MenuView;
import baedal.shop.api.ShopView;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** The shop module's query port at its internal HTTP endpoints; any failure but "no such shop" propagates. */
@SecondaryAdapter
class ShopHttpAdapter implements ShopSource {

    private static final ParameterizedTypeReference<List<MenuView>> MENUS = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<ShopView>> SHOPS = new ParameterizedTypeReference<>() {};

    private final RestClient http;

    ShopHttpAdapter(RestClient http) {
        this.http = http;
    }

    @Override
    public Optional<ShopSnapshot> findShop(UUID shopId) {
        try {
            return Optional.ofNullable(http.get()
                            .uri("/internal/shops/{id}", shopId)
                            .retrieve()
                            .body(ShopView.class))
                    .map(ShopViews::snapshot);
        } catch (HttpClientErrorException.NotFound gone) {
            return Optional.empty();
        }
    }

    @Override
    public List<MenuItem> findMenus(UUID shopId) {
        var menus =
                http.get().uri("/internal/shops/{id}/menus", shopId).retrieve().body(MENUS);
        return menus == null ? List.of() : menus.stream().map(ShopViews::item).toList();
    }

    @Override
    public List<ShopSnapshot> findShops(int page, int size) {
        var shops = http.get()
                .uri(uri -> uri.path("/internal/shops")
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build())
                .retrieve()
                .body(SHOPS);
        return shops == null
                ? List.of()
                : shops.stream().map(ShopViews::snapshot).toList();
    }
}
