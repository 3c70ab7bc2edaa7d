package baedal.delivery.adapter.out.persistence;

import baedal.delivery.domain.Deliveries;
import baedal.delivery.domain.Delivery;
import baedal.delivery.domain.DeliveryId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Deliveries in table {@code delivery.deliveries}, stored by Spring Data JDBC (saving, finding by id and removing with
 * a version check are its own); a change starts from the delivery as this instance last stored it
 * ({@link RememberedDeliveries}).
 */
@SecondaryAdapter
interface DeliveryJdbcAdapter extends Deliveries, Repository<Delivery, DeliveryId>, RememberedDeliveries {

    @Override
    default boolean dispatched(UUID orderId) {
        return countDispatched(orderId) > 0;
    }

    /** One statement for the two places an order can be in ({@code OrderRoundTripBudgetTests}). */
    @Query("""
            SELECT COUNT(*) FROM (
                SELECT order_id FROM delivery.deliveries WHERE order_id = :orderId
                UNION ALL
                SELECT order_id FROM delivery.waiting_orders WHERE order_id = :orderId) known""")
    long countDispatched(UUID orderId);

    @Override
    @Query("SELECT * FROM delivery.deliveries WHERE order_id = :orderId")
    Optional<Delivery> findByOrder(UUID orderId);

    @Override
    @Query("SELECT * FROM delivery.deliveries WHERE rider_id = :riderId AND status IN ('ASSIGNED', 'PICKED_UP')"
            + " ORDER BY assigned_at")
    List<Delivery> findActiveByRider(UUID riderId);

    @Override
    default void remove(Delivery delivery) {
        delete(delivery);
    }

    /** Removes the delivery at its version (a later one was changed concurrently and is refused). */
    void delete(Delivery delivery);
}
