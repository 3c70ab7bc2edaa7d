package baedal.order.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** A captured charge was refunded. */
public record PaymentRefunded(UUID eventId, UUID paymentId, UUID orderId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
