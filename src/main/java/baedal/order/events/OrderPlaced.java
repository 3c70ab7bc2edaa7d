package baedal.order.events;

import baedal.shared.events.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A customer placed an order; the amount to charge is read through {@code OrderQueries}. */
@Externalized("order::#{orderId()}")
public record OrderPlaced(UUID eventId, UUID orderId, UUID shopId, UUID customerId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
