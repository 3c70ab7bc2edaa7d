package baedal.shop.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Port;

/**
 * Read-only access to current shop and menu state, for subscribers of shop events (zero-payload events
 * carry only ids). In the monolith it is an in-process call; after extraction it becomes an HTTP API.
 */
@Port
public interface ShopQueries {

    /** The shop as it is now, if it exists. */
    Optional<ShopView> findShop(UUID shopId);

    /** All menus of a shop, ordered by group and name. */
    List<MenuView> findMenus(UUID shopId);

    /** One menu as it is now, if it exists. */
    Optional<MenuView> findMenu(UUID menuId);

    /** An owner's shops (closed-down ones too), by name. */
    List<ShopView> findShopsOf(UUID ownerId);

    /** A page of shops ordered by id, for consumers that rebuild their copy from scratch. */
    List<ShopView> findShops(int page, int size);
}
