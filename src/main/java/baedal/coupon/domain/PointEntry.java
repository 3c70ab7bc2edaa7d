package baedal.coupon.domain;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.ddd.types.ValueObject;

/**
 * One line of a customer's point ledger: points earned (+), spent (−) or given back (+) on an order, and the event
 * that caused it. Each kind happens at most once per order, so a replayed event adds no line.
 */
public record PointEntry(UUID customerId, UUID orderId, Kind kind, long amount, UUID causeEventId, Instant at)
        implements ValueObject {

    public enum Kind {
        EARNED,
        SPENT,
        RESTORED
    }
}
