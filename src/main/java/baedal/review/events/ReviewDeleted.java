package baedal.review.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** A review was deleted by its author; it no longer counts towards the shop's rating. */
public record ReviewDeleted(UUID eventId, UUID reviewId, UUID shopId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
