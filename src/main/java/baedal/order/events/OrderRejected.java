package baedal.order.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** The shop rejected a paid order, which is thereby cancelled; its payment is refunded. */
public record OrderRejected(UUID eventId, UUID orderId, UUID shopId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
