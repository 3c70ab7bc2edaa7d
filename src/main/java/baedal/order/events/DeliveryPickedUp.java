package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** The rider picked the food up at the shop. */
@Externalized("order::#{orderId()}")
public record DeliveryPickedUp(UUID eventId, UUID deliveryId, UUID orderId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
