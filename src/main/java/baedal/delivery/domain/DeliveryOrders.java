package baedal.delivery.domain;

import baedal.kernel.GeoPoint;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** What dispatch and a rider need to know of the order a delivery carries, asked of the order module. */
@SecondaryPort
public interface DeliveryOrders {

    /** The order's number and where it goes, if the order module can say. */
    Optional<DeliveryOrder> find(UUID orderId);

    /**
     * The order's number (the one people read out), its customer and shop, and where it goes.
     */
    record DeliveryOrder(String number, String deliveryAddress, UUID customerId, UUID shopId, GeoPoint deliverTo) {}
}
