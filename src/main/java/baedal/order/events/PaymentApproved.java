package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** The gateway approved the charge for an order: {@code amount} KRW captured. */
@Externalized("order::#{orderId()}")
public record PaymentApproved(UUID eventId, UUID paymentId, UUID orderId, long amount, long version, Instant occurredAt)
        implements IdentifiedEvent {}
