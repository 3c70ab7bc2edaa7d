package baedal.delivery.adapter.out.persistence;

import baedal.delivery.domain.DeliveryId;
import baedal.delivery.domain.WaitingOrders;
import baedal.delivery.domain.WaitingOrders.Waiting;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The line of orders waiting for a rider, and who declined what, in the {@code delivery} schema. */
@SecondaryAdapter
interface WaitingOrderJdbcAdapter extends WaitingOrders, Repository<Waiting, UUID> {

    @Override
    default void add(UUID orderId, DeliveryId deliveryId, Instant since) {
        try {
            insert(orderId, deliveryId, since);
        } catch (DuplicateKeyException alreadyWaiting) {
            // in line already: it keeps its place
        }
    }

    @Modifying
    @Query("INSERT INTO delivery.waiting_orders (order_id, delivery_id, since) VALUES (:orderId, :deliveryId, :since)")
    void insert(UUID orderId, DeliveryId deliveryId, Instant since);

    @Override
    default boolean remove(UUID orderId) {
        return delete(orderId) > 0;
    }

    @Modifying
    @Query("DELETE FROM delivery.waiting_orders WHERE order_id = :orderId")
    int delete(UUID orderId);

    @Override
    @Query("SELECT * FROM delivery.waiting_orders WHERE order_id = :orderId")
    Optional<Waiting> find(UUID orderId);

    @Override
    @Query("SELECT * FROM delivery.waiting_orders ORDER BY since, order_id OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY")
    List<Waiting> oldest(int limit);

    @Override
    default void recordDecline(UUID orderId, UUID riderId, Instant at) {
        try {
            insertDecline(orderId, riderId, at);
        } catch (DuplicateKeyException declinedBefore) {
            // declining twice changes nothing
        }
    }

    @Modifying
    @Query("INSERT INTO delivery.declines (order_id, rider_id, declined_at) VALUES (:orderId, :riderId, :at)")
    void insertDecline(UUID orderId, UUID riderId, Instant at);
}
