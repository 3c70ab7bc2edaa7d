package baedal.order.api;

import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Port;

/** Read-only access to orders for subscribers of order events (payment needs the amount to charge). */
@Port
public interface OrderQueries {

    /** The order as it is now, if it exists. */
    Optional<OrderView> findOrder(UUID orderId);
}
