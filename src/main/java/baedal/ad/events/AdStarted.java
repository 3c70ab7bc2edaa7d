package baedal.ad.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** An ad contract started running for a shop. Fetch the shop's ad standing through {@code AdQueries}. */
@Externalized("ad::#{contractId()}")
public record AdStarted(UUID eventId, UUID contractId, UUID shopId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
