package baedal.delivery.application;

import baedal.delivery.domain.Delivery;
import baedal.delivery.domain.DeliveryId;
import baedal.delivery.domain.DeliveryOrders.DeliveryOrder;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Dispatching riders to accepted orders and the riders' steps. */
@PrimaryPort
public interface DeliveryManagement {

    /** Assigns the least busy rider to an accepted order, once. */
    void dispatch(UUID orderId);

    void registerRider(UUID riderId);

    void pickUp(UUID riderId, boolean admin, DeliveryId deliveryId);

    void complete(UUID riderId, boolean admin, DeliveryId deliveryId);

    List<Delivery> activeDeliveries(UUID riderId);

    /** The number and address of the order a delivery carries, for the rider; empty when the order module can't say. */
    Optional<DeliveryOrder> orderOf(Delivery delivery);
}
