package baedal.delivery.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Accepted orders no rider could take yet, oldest first, each with the delivery id its rider will get; and the riders
 * who declined an order, who are not offered it again.
 */
@SecondaryPort
public interface WaitingOrders {

    /** Puts the order in line (once; a second call changes nothing). */
    void add(UUID orderId, DeliveryId deliveryId, Instant since);

    /** Takes the order out of line; whether it was there (only one caller gets true). */
    boolean remove(UUID orderId);

    Optional<Waiting> find(UUID orderId);

    List<Waiting> oldest(int limit);

    void recordDecline(UUID orderId, UUID riderId, Instant at);

    /** An order waiting for a rider since {@code since}. */
    record Waiting(UUID orderId, DeliveryId deliveryId, Instant since) {}
}
