package baedal.order.domain;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.ddd.types.ValueObject;

/** One stored step of some order's timeline, with whom it concerns: what the live status streams follow. */
public record StatusMark(OrderId orderId, UUID shopId, UUID customerId, int position, OrderStatus status, Instant at)
        implements ValueObject {}
