package baedal.shop.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A shop's profile (name, area, fees, hours, ...) changed. Fetch the current shop through {@code ShopQueries}. */
@Externalized("shop::#{shopId()}")
public record ShopChanged(UUID eventId, UUID shopId, long version, Instant occurredAt) implements IdentifiedEvent {}
