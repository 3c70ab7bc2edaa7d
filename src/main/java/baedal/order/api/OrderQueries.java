package baedal.order.api;

import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Port;

/** Read-only access to orders for subscribers of order events (payment needs the amount to charge). */
@Port
public interface OrderQueries {

    /** The order as it is now, if it exists. */
    Optional<OrderView> findOrder(UUID orderId);

    /**
     * The order at {@code version} or later, if it exists: what a subscriber of an order event of that version reads.
     * A version once stored never changes, so the instance that stored it answers from memory, without a round trip,
     * while it remembers it; otherwise, or for version 0 (none known), the order as it is now.
     */
    Optional<OrderView> findOrder(UUID orderId, long version);
}
