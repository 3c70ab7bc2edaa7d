package baedal.review.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A review was deleted by its author; it no longer counts towards the shop's rating. */
@Externalized("review::#{reviewId()}")
public record ReviewDeleted(UUID eventId, UUID reviewId, UUID shopId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
