package baedal.review.adapter.out.persistence;

import baedal.review.domain.DeliveredOrder;
import baedal.review.domain.DeliveredOrders;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Delivered orders open for review, in {@code review.reviewable_orders}: rows added once and read, by Spring Data. */
@SecondaryAdapter
interface DeliveredOrderJdbcAdapter extends DeliveredOrders, Repository<DeliveredOrder, UUID> {

    @Override
    default void add(DeliveredOrder order) {
        try {
            insert(order.orderId(), order.customerId(), order.shopId(), order.deliveredAt());
        } catch (DuplicateKeyException knownAlready) {
            // a repeated OrderDelivered changes nothing
        }
    }

    @Modifying
    @Query("INSERT INTO review.reviewable_orders (order_id, customer_id, shop_id, delivered_at)"
            + " VALUES (:orderId, :customerId, :shopId, :deliveredAt)")
    void insert(UUID orderId, UUID customerId, UUID shopId, Instant deliveredAt);

    @Override
    @Query("SELECT * FROM review.reviewable_orders WHERE order_id = :orderId")
    Optional<DeliveredOrder> find(UUID orderId);
}
