package baedal.review.domain;

import java.util.Optional;
import java.util.UUID;

/** Who owns a shop, read through the shop module's published query port. */
public interface ShopOwners {

    Optional<UUID> ownerOf(UUID shopId);
}
