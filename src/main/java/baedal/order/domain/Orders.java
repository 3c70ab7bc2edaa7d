package baedal.order.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.types.Repository;

/** Stored orders. Saving publishes the events the order recorded, in the same transaction. */
@SecondaryPort
public interface Orders extends Repository<Order, OrderId> {

    Optional<Order> findById(OrderId id);

    List<Order> findByShop(UUID shopId, OrderStatus status, int limit);

    Order save(Order order);
}
