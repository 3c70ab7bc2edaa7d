package baedal.order.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** The order was cancelled; {@code paid} says whether money had been captured and must be refunded. */
@Externalized("order::#{orderId()}")
public record OrderCancelled(UUID eventId, UUID orderId, UUID shopId, boolean paid, long version, Instant occurredAt)
        implements IdentifiedEvent {}
