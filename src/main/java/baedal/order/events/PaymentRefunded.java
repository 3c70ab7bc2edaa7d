package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A captured charge was refunded. */
@Externalized("order::#{orderId()}")
public record PaymentRefunded(UUID eventId, UUID paymentId, UUID orderId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
