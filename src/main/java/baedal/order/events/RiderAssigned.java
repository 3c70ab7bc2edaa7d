package baedal.order.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** A rider was dispatched to an accepted order. */
public record RiderAssigned(UUID eventId, UUID deliveryId, UUID orderId, UUID riderId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
