package baedal.delivery.domain;

import baedal.kernel.GeoPoint;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** What dispatch and a rider need to know of the order a delivery carries, asked of the order module. */
@SecondaryPort
public interface DeliveryOrders {

    /**
     * The order's number and where it goes, if the order module can say; as of its {@code version} or later (0: as it
     * is now).
     */
    Optional<DeliveryOrder> find(UUID orderId, long version);

    /**
     * The order's number (the one people read out), its customer and shop, and where it goes.
     */
    record DeliveryOrder(String number, String deliveryAddress, UUID customerId, UUID shopId, GeoPoint deliverTo) {}
}
