package baedal.review.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A review was edited by its author or answered by the shop's owner. */
@Externalized("review::#{reviewId()}")
public record ReviewChanged(UUID eventId, UUID reviewId, UUID shopId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
