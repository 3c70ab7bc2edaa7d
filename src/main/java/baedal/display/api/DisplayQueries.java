package baedal.display.api;

import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Port;

/**
 * What a cart is priced and checked against: the display's copy of a shop and its menus. Ordering reads it
 * here rather than from the shop module, so a failing shop module cannot stop customers from ordering.
 */
@Port
public interface DisplayQueries {

    /** The shop as customers currently see it, with menus, prices, options and whether it is open now. */
    Optional<OrderableShop> findOrderableShop(UUID shopId);
}
