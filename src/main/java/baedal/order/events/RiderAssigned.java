package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A rider was dispatched to an accepted order. */
@Externalized("order::#{orderId()}")
public record RiderAssigned(UUID eventId, UUID deliveryId, UUID orderId, UUID riderId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
