package baedal.delivery.domain;

import baedal.kernel.GeoPoint;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where shops are, for dispatching riders near them, asked of the shop module. */
@SecondaryPort
public interface ShopLocations {

    Optional<GeoPoint> locationOf(UUID shopId);
}
