package baedal.shop.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** A shop was registered by its owner. Fetch the current shop through {@code ShopQueries}. */
public record ShopRegistered(UUID eventId, UUID shopId, long version, Instant occurredAt) implements IdentifiedEvent {}
