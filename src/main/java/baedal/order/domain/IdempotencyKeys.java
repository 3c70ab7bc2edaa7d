package baedal.order.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Which order a customer's Idempotency-Key produced, and for which request. */
@SecondaryPort
public interface IdempotencyKeys {

    Optional<Placement> find(UUID customerId, String key);

    /** Records the key; fails with a duplicate-key error if a concurrent request recorded it first. */
    void record(UUID customerId, String key, String requestHash, OrderId orderId, Instant at);

    /** A recorded placement: the request's fingerprint and the order it created. */
    record Placement(String requestHash, OrderId orderId) {}
}
