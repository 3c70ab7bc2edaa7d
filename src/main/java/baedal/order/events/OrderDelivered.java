package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** The food reached the customer; reviews open, points are earned and the sale is settled. */
@Externalized("order::#{orderId()}")
public record OrderDelivered(UUID eventId, UUID orderId, UUID shopId, UUID customerId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
