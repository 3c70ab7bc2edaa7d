package baedal.review.adapter.out.persistence;

import baedal.review.domain.DeliveredOrder;
import baedal.review.domain.DeliveredOrders;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Delivered orders open for review, in {@code review.reviewable_orders}. */
@SecondaryAdapter
@Component
class DeliveredOrderJdbcAdapter implements DeliveredOrders {

    private final JdbcClient jdbc;

    DeliveredOrderJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(DeliveredOrder order) {
        try {
            jdbc.sql("""
                            INSERT INTO review.reviewable_orders (order_id, customer_id, shop_id, delivered_at)
                            VALUES (:order, :customer, :shop, :at)""")
                    .param("order", order.orderId())
                    .param("customer", order.customerId())
                    .param("shop", order.shopId())
                    .param("at", order.deliveredAt())
                    .update();
        } catch (DuplicateKeyException knownAlready) {
            // a repeated OrderDelivered changes nothing
        }
    }

    @Override
    public Optional<DeliveredOrder> find(UUID orderId) {
        return jdbc.sql("SELECT order_id, customer_id, shop_id, delivered_at FROM review.reviewable_orders"
                        + " WHERE order_id = :order")
                .param("order", orderId)
                .query((rs, row) -> new DeliveredOrder(
                        rs.getObject("order_id", UUID.class),
                        rs.getObject("customer_id", UUID.class),
                        rs.getObject("shop_id", UUID.class),
                        rs.getTimestamp("delivered_at").toInstant()))
                .optional();
    }
}
