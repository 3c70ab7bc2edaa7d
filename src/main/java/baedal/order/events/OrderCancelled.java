package baedal.order.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** The order was cancelled; {@code paid} says whether money had been captured and must be refunded. */
public record OrderCancelled(UUID eventId, UUID orderId, UUID shopId, boolean paid, long version, Instant occurredAt)
        implements IdentifiedEvent {}
