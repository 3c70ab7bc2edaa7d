package baedal.delivery.adapter.out.persistence;

import baedal.delivery.domain.DeliveryId;
import baedal.delivery.domain.WaitingOrders;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The line of orders waiting for a rider, and who declined what, in the {@code delivery} schema. */
@SecondaryAdapter
@Component
class WaitingOrderJdbcAdapter implements WaitingOrders {

    private final JdbcClient jdbc;

    WaitingOrderJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(UUID orderId, DeliveryId deliveryId, Instant since) {
        try {
            jdbc.sql(
                            "INSERT INTO delivery.waiting_orders (order_id, delivery_id, since) VALUES (:order, :delivery, :since)")
                    .param("order", orderId)
                    .param("delivery", deliveryId.id())
                    .param("since", since)
                    .update();
        } catch (DuplicateKeyException alreadyWaiting) {
            // in line already: it keeps its place
        }
    }

    @Override
    public boolean remove(UUID orderId) {
        return jdbc.sql("DELETE FROM delivery.waiting_orders WHERE order_id = :order")
                        .param("order", orderId)
                        .update()
                > 0;
    }

    @Override
    public Optional<Waiting> find(UUID orderId) {
        return jdbc.sql("SELECT order_id, delivery_id, since FROM delivery.waiting_orders WHERE order_id = :order")
                .param("order", orderId)
                .query(WaitingOrderJdbcAdapter::map)
                .optional();
    }

    @Override
    public List<Waiting> oldest(int limit) {
        return jdbc.sql("SELECT order_id, delivery_id, since FROM delivery.waiting_orders ORDER BY since, order_id"
                        + " OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY")
                .param("limit", limit)
                .query(WaitingOrderJdbcAdapter::map)
                .list();
    }

    @Override
    public void recordDecline(UUID orderId, UUID riderId, Instant at) {
        try {
            jdbc.sql("INSERT INTO delivery.declines (order_id, rider_id, declined_at) VALUES (:order, :rider, :at)")
                    .param("order", orderId)
                    .param("rider", riderId)
                    .param("at", at)
                    .update();
        } catch (DuplicateKeyException declinedBefore) {
            // declining twice changes nothing
        }
    }

    private static Waiting map(ResultSet rs, int row) throws SQLException {
        return new Waiting(
                rs.getObject("order_id", UUID.class),
                new DeliveryId(rs.getObject("delivery_id", UUID.class)),
                rs.getTimestamp("since").toInstant());
    }
}
