package baedal.order.adapter.out.persistence;

import baedal.order.domain.IdempotencyKeys;
import baedal.order.domain.IdempotencyKeys.Placement;
import baedal.order.domain.OrderId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Idempotency keys in {@code ordering.idempotency_keys}; the primary key makes concurrent placements collide. */
@SecondaryAdapter
interface IdempotencyKeyJdbcAdapter extends IdempotencyKeys, Repository<Placement, UUID> {

    @Override
    @Query("SELECT request_hash, order_id FROM ordering.idempotency_keys"
            + " WHERE customer_id = :customerId AND idem_key = :key")
    Optional<Placement> find(UUID customerId, String key);

    @Override
    @Modifying
    @Query("INSERT INTO ordering.idempotency_keys (customer_id, idem_key, request_hash, order_id, created_at)"
            + " VALUES (:customerId, :key, :requestHash, :orderId, :at)")
    void record(UUID customerId, String key, String requestHash, OrderId orderId, Instant at);
}
