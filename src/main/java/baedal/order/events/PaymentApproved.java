package baedal.order.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** The gateway approved the charge for an order. */
public record PaymentApproved(UUID eventId, UUID paymentId, UUID orderId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
