package baedal.order.application;

import baedal.order.domain.OrderId;
import baedal.order.domain.StatusMark;
import java.util.UUID;
import java.util.function.Consumer;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Status changes of orders as they happen, made through any instance, for whoever watches them on this one. */
@PrimaryPort
public interface OrderStatusUpdates {

    /** Calls {@code watcher} with each later step of the order until the returned watch is cancelled. */
    Watch watchOrder(OrderId orderId, Consumer<StatusMark> watcher);

    /** Calls {@code watcher} with each later step of any order of the shop until the returned watch is cancelled. */
    Watch watchShop(UUID shopId, Consumer<StatusMark> watcher);

    /** A watch that ends when cancelled. */
    @FunctionalInterface
    interface Watch {
        void cancel();
    }
}
