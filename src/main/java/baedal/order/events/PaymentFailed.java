package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** The charge failed for good ({@code reason}: DECLINED or GATEWAY_UNAVAILABLE past the deadline). */
@Externalized("order::#{orderId()}")
public record PaymentFailed(UUID eventId, UUID paymentId, UUID orderId, String reason, long version, Instant occurredAt)
        implements IdentifiedEvent {}
