package baedal.order.application;

import baedal.order.domain.Order;
import baedal.order.domain.OrderId;
import baedal.order.domain.OrderStatus;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** What customers and owners do with orders. */
@PrimaryPort
public interface OrderManagement {

    /** Places an order, or returns the one this Idempotency-Key already placed for the same request. */
    Placement place(PlaceOrder command);

    /** An order as the caller may see it: its customer, the shop's owner, or an admin. */
    Order view(UUID callerId, boolean admin, OrderId orderId);

    /** Cancels the customer's order; returns it as it is now. */
    Order cancel(UUID customerId, OrderId orderId);

    /** Accepts a paid order of the owner's shop; returns it as it is now. */
    Order accept(UUID ownerId, UUID shopId, OrderId orderId);

    /** Rejects a paid order of the owner's shop; returns it as it is now. */
    Order reject(UUID ownerId, UUID shopId, OrderId orderId, String reason);

    /**
     * The owner cancels one line of a paid order before pick-up; the customer is refunded that part, less what the
     * coupon no longer takes off once its rules are applied to what is left.
     */
    Order cancelLine(UUID ownerId, UUID shopId, OrderId orderId, int line, String reason);

    /** The customer's own orders, newest first, one page of {@code size}. */
    List<Order> customerOrders(UUID customerId, int page, int size);

    /** A shop's orders, newest first, optionally in one status; only for the shop's owner. */
    List<Order> shopOrders(UUID ownerId, UUID shopId, @Nullable OrderStatus status, int limit);

    /** The result of placing: the order and whether this call created it. */
    record Placement(Order order, boolean created) {}
}
