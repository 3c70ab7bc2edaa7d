package baedal.order.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/**
 * A captured charge was refunded, in full or in part: {@code amount} KRW this time, {@code refundedTotal} KRW of it
 * refunded so far (a listener that keeps the total is right whatever order these arrive in).
 */
@Externalized("order::#{orderId()}")
public record PaymentRefunded(
        UUID eventId, UUID paymentId, UUID orderId, long amount, long refundedTotal, long version, Instant occurredAt)
        implements IdentifiedEvent {}
