package baedal.delivery.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.types.Repository;

/** Stored deliveries, one per order. Saving publishes the events each delivery recorded. */
@SecondaryPort
public interface Deliveries extends Repository<Delivery, DeliveryId> {

    Optional<Delivery> findById(DeliveryId id);

    /**
     * The delivery to change: as this instance last stored it, where it still remembers that, else as stored. Another
     * instance may have changed it since; saving then fails the version check, and the caller reads it again with
     * {@link #findById}.
     */
    Optional<Delivery> findForChange(DeliveryId id);

    /** Whether the order has a delivery or waits for a rider: dispatch has seen it. */
    boolean dispatched(UUID orderId);

    Optional<Delivery> findByOrder(UUID orderId);

    List<Delivery> findActiveByRider(UUID riderId);

    Delivery save(Delivery delivery);

    /** Removes a delivery its rider declined while no other rider could take it (the order waits again). */
    void remove(Delivery delivery);
}
