package baedal.review.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** A customer reviewed a delivered order. Fetch the shop's rating through {@code ReviewQueries}. */
public record ReviewWritten(UUID eventId, UUID reviewId, UUID shopId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
