package baedal.delivery.application;

import baedal.delivery.domain.Deliveries;
import baedal.delivery.domain.Delivery;
import baedal.delivery.domain.DeliveryId;
import baedal.delivery.domain.DeliveryNotFoundException;
import baedal.delivery.domain.DeliveryOrders;
import baedal.delivery.domain.DeliveryOrders.DeliveryOrder;
import baedal.delivery.domain.NoRiderAvailableException;
import baedal.delivery.domain.Riders;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Application;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Least-busy dispatch: the rider with the fewest active deliveries takes the order. */
@Application
@Service
@Transactional
class DispatchingDeliveryManagement implements DeliveryManagement {

    private final Deliveries deliveries;
    private final Riders riders;
    private final Clock clock;
    private final DeliveryOrders orders;

    DispatchingDeliveryManagement(Deliveries deliveries, Riders riders, Clock clock, DeliveryOrders orders) {
        this.orders = orders;
        this.deliveries = deliveries;
        this.riders = riders;
        this.clock = clock;
    }

    @Override
    public void dispatch(UUID orderId) {
        if (deliveries.findByOrder(orderId).isPresent()) {
            return;
        }
        var busy = deliveries.activeCountByRider();
        var rider = riders.all().stream()
                .min(Comparator.comparingInt((UUID id) -> busy.getOrDefault(id, 0))
                        .thenComparing(UUID::toString))
                .orElseThrow(() -> new NoRiderAvailableException("no rider is registered"));
        deliveries.save(Delivery.assign(DeliveryId.random(), orderId, rider, now()));
    }

    @Override
    public void registerRider(UUID riderId) {
        riders.add(riderId);
    }

    @Override
    public void pickUp(UUID riderId, boolean admin, DeliveryId deliveryId) {
        var delivery = load(deliveryId);
        delivery.pickUp(riderId, admin, now());
        deliveries.save(delivery);
    }

    @Override
    public void complete(UUID riderId, boolean admin, DeliveryId deliveryId) {
        var delivery = load(deliveryId);
        delivery.complete(riderId, admin, now());
        deliveries.save(delivery);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Delivery> activeDeliveries(UUID riderId) {
        return deliveries.findActiveByRider(riderId);
    }

    private Delivery load(DeliveryId id) {
        return deliveries
                .findById(id)
                .orElseThrow(() -> new DeliveryNotFoundException("delivery " + id.id() + " not found"));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    @Override
    public Optional<DeliveryOrder> orderOf(Delivery delivery) {
        return orders.find(delivery.orderId());
    }
}
