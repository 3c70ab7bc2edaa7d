package baedal.shop.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** A shop closed down for good: it takes no more orders, and its ads stop. */
public record ShopClosedDown(UUID eventId, UUID shopId, long version, Instant occurredAt) implements IdentifiedEvent {}
