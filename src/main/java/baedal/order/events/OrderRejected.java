package baedal.order.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** The shop rejected a paid order, which is thereby cancelled; its payment is refunded. */
@Externalized("order::#{orderId()}")
public record OrderRejected(UUID eventId, UUID orderId, UUID shopId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
