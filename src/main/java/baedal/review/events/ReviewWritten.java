package baedal.review.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A customer reviewed a delivered order. Fetch the shop's rating through {@code ReviewQueries}. */
@Externalized("review::#{reviewId()}")
public record ReviewWritten(UUID eventId, UUID reviewId, UUID shopId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
