package baedal.coupon.domain;

import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.annotation.Repository;

/**
 * The customers' point ledgers. The balance can never go negative, and each kind of entry is written at most once
 * per order, so a replayed event changes nothing. Each change publishes its event.
 */
@Repository
public interface PointLedger {

    long balance(UUID customerId);

    List<PointEntry> entries(UUID customerId, int limit);

    /** Spends points on an order; false (and nothing written) if the balance is too small. */
    boolean spend(UUID customerId, UUID orderId, long amount, UUID causeEventId);

    /** Gives back what the order spent, if it spent anything and it was not given back yet. */
    void restore(UUID customerId, UUID orderId, UUID causeEventId);

    /** Credits points earned on an order, once. */
    void earn(UUID customerId, UUID orderId, long amount, UUID causeEventId);
}
