package baedal.order.spi;

import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Port;

/**
 * What a cart is priced and checked against: a shop and its menus as customers currently see them. The order module
 * requires this port and the display module provides it from its read model (so a failing shop module cannot stop
 * customers from ordering, and order depends on no other module); after an extraction an HTTP client provides it.
 */
@Port
public interface OrderableShops {

    /** The shop as customers currently see it, with menus, prices, options and whether it is open now. */
    Optional<OrderableShop> findOrderableShop(UUID shopId);
}
