package baedal.ad.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** An ad contract stopped running (its period ended). */
public record AdEnded(UUID eventId, UUID contractId, UUID shopId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
