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

    /**
     * Offers an accepted order, once, to the available rider nearest its shop (load counting as distance); with no
     * rider free it waits in line. {@code orderVersion}: the version of the order accepted.
     */
    void dispatch(UUID orderId, long orderVersion);

    /** The rider says where they are and whether they take deliveries; becoming available may bring a waiting order. */
    void reportLocation(UUID riderId, double lat, double lng, boolean available);

    /** The assigned rider turns the order down before pick-up: another rider gets it, or it waits. */
    void decline(UUID riderId, boolean admin, DeliveryId deliveryId);

    /** Offers waiting orders, oldest first, to riders who can take them now; how many went out. */
    int dispatchWaiting();

    /**
     * Where an order's delivery stands, for its customer, its rider or an admin (anyone else: NotYourDeliveryException);
     * empty while the order has not been dispatched.
     */
    Optional<DeliveryProgress> progressOf(UUID orderId, UUID callerId, boolean admin);

    void registerRider(UUID riderId);

    void pickUp(UUID riderId, boolean admin, DeliveryId deliveryId);

    void complete(UUID riderId, boolean admin, DeliveryId deliveryId);

    List<Delivery> activeDeliveries(UUID riderId);

    /** The number and address of the order a delivery carries, for the rider; empty when the order module can't say. */
    Optional<DeliveryOrder> orderOf(Delivery delivery);
}
