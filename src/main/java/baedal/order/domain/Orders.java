package baedal.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.types.Repository;

/** Stored orders. Saving publishes the events the order recorded, in the same transaction. */
@SecondaryPort
public interface Orders extends Repository<Order, OrderId> {

    /** The order as one consistent state, read in one go: callers need no transaction around it. */
    Optional<Order> findById(OrderId id);

    /**
     * The order to change: as this instance last stored it, where it still remembers that, else as stored. Another
     * instance may have changed it since; saving then fails the version check, and the caller reads it again with
     * {@link #findById}.
     */
    Optional<Order> findForChange(OrderId id);

    /**
     * The order at {@code version} or later: as this instance last stored it where that is at least this version,
     * else as stored (also for version 0).
     */
    Optional<Order> findAtLeast(OrderId id, long version);

    /** A customer's orders, newest first, {@code limit} of them after skipping {@code offset}. */
    List<Order> findByCustomer(UUID customerId, int offset, int limit);

    List<Order> findByShop(UUID shopId, OrderStatus status, int limit);

    /** Orders paid before {@code cutoff} that the shop has neither accepted nor rejected. */
    List<OrderId> findPaidBefore(Instant cutoff, int limit);

    /**
     * Timeline steps stored after {@code since} (by their time), oldest first, at most {@code limit}: how every
     * instance learns of status changes made through any instance.
     */
    List<StatusMark> statusChangesAfter(Instant since, int limit);

    Order save(Order order);
}
