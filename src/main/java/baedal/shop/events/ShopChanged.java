package baedal.shop.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** A shop's profile (name, area, fees, hours, ...) changed. Fetch the current shop through {@code ShopQueries}. */
public record ShopChanged(UUID eventId, UUID shopId, long version, Instant occurredAt) implements IdentifiedEvent {}
