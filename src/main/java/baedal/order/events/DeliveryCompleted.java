package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** The rider handed the food to the customer. */
@Externalized("order::#{orderId()}")
public record DeliveryCompleted(UUID eventId, UUID deliveryId, UUID orderId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
