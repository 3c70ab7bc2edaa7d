package baedal.ad.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** An ad contract stopped running (its period ended). */
@Externalized("ad::#{contractId()}")
public record AdEnded(UUID eventId, UUID contractId, UUID shopId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
