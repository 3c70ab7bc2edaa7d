package baedal.order.adapter.out.persistence;

import baedal.order.domain.IdempotencyKeys;
import baedal.order.domain.OrderId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Idempotency keys in {@code ordering.idempotency_keys}; the primary key makes concurrent placements collide. */
@SecondaryAdapter
@Component
class IdempotencyKeyJdbcAdapter implements IdempotencyKeys {

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeyJdbcAdapter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Placement> find(UUID customerId, String key) {
        return jdbc.sql("""
                        SELECT request_hash, order_id FROM ordering.idempotency_keys
                        WHERE customer_id = :customer AND idem_key = :key""")
                .param("customer", customerId)
                .param("key", key)
                .query((rs, row) -> new Placement(rs.getString(1), new OrderId(rs.getObject(2, UUID.class))))
                .optional();
    }

    @Override
    public void record(UUID customerId, String key, String requestHash, OrderId orderId) {
        jdbc.sql("""
                        INSERT INTO ordering.idempotency_keys (customer_id, idem_key, request_hash, order_id, created_at)
                        VALUES (:customer, :key, :hash, :order, :at)""")
                .param("customer", customerId)
                .param("key", key)
                .param("hash", requestHash)
                .param("order", orderId.id())
                .param("at", Instant.now(clock))
                .update();
    }
}
