package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** The gateway approved the charge for an order. */
@Externalized("order::#{orderId()}")
public record PaymentApproved(UUID eventId, UUID paymentId, UUID orderId, long version, Instant occurredAt)
        implements IdentifiedEvent {}
