package baedal.shop.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** A shop stopped taking orders. Fetch the current shop through {@code ShopQueries}. */
public record ShopClosed(UUID eventId, UUID shopId, long version, Instant occurredAt) implements IdentifiedEvent {}
