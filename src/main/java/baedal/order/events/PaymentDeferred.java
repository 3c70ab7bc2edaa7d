package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** The gateway could not be reached; the charge waits durably and is retried. */
@Externalized("order::#{orderId()}")
public record PaymentDeferred(UUID eventId, UUID paymentId, UUID orderId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
