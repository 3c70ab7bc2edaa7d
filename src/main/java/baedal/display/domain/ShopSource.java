package baedal.display.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where the display fetches current shop state after a zero-payload event. In the monolith an in-process call
 * to the shop module's query port; after extraction an HTTP client. Failures propagate, so the event stays in
 * the outbox and is retried.
 */
@SecondaryPort
public interface ShopSource {

    Optional<ShopSnapshot> findShop(UUID shopId);

    List<MenuItem> findMenus(UUID shopId);

    /** A page of shops ordered by id, for a full rebuild. */
    List<ShopSnapshot> findShops(int page, int size);
}
