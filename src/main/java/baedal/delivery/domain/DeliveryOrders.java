package baedal.delivery.domain;

import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** What a rider needs to know of the order a delivery carries, asked of the order module when shown. */
@SecondaryPort
public interface DeliveryOrders {

    /** The order's number and where it goes, if the order module can say. */
    Optional<DeliveryOrder> find(UUID orderId);

    /** The order's number (the one people read out) and its delivery address. */
    record DeliveryOrder(String number, String deliveryAddress) {}
}
