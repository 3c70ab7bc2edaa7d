package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** The shop accepted the order and starts cooking; delivery dispatches a rider. */
@Externalized("order::#{orderId()}")
public record OrderAccepted(UUID eventId, UUID orderId, UUID shopId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
