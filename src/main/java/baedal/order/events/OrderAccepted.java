package baedal.order.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;

/** The shop accepted the order and starts cooking; delivery dispatches a rider. */
public record OrderAccepted(UUID eventId, UUID orderId, UUID shopId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
