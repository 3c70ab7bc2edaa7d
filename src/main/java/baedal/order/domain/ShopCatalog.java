package baedal.order.domain;

import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where carts are priced: the display read model, so a failing shop module cannot stop ordering. */
@SecondaryPort
public interface ShopCatalog {

    Optional<ShopOffer> findOffer(UUID shopId);
}
