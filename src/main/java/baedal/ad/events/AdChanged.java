package baedal.ad.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A running ad contract was paused or resumed. */
@Externalized("ad::#{contractId()}")
public record AdChanged(UUID eventId, UUID contractId, UUID shopId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
