package baedal.shop.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** A shop started taking orders. Fetch the current shop through {@code ShopQueries}. */
public record ShopOpened(UUID eventId, UUID shopId, long version, Instant occurredAt) implements IdentifiedEvent {}
