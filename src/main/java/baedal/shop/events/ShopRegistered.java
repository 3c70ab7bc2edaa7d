package baedal.shop.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A shop was registered by its owner. Fetch the current shop through {@code ShopQueries}. */
@Externalized("shop::#{shopId()}")
public record ShopRegistered(UUID eventId, UUID shopId, long version, Instant occurredAt) implements IdentifiedEvent {}
