package baedal.shop.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A menu was added to a shop. Fetch the current menu through {@code ShopQueries}. */
@Externalized("shop::#{menuId()}")
public record MenuAdded(UUID eventId, UUID menuId, UUID shopId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
