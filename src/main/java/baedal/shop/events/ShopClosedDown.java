package baedal.shop.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A shop closed down for good: it takes no more orders, and its ads stop. */
@Externalized("shop::#{shopId()}")
public record ShopClosedDown(UUID eventId, UUID shopId, long version, Instant occurredAt) implements IdentifiedEvent {}
