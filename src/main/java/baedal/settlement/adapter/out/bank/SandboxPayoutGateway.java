package baedal.settlement.adapter.out.bank;

import baedal.settlement.domain.PayoutGateway;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A bank that moves no money, for development and tests: it keeps its book of transfers in
 * {@code settlement.sandbox_transfers} and, like a real transfer API, answers a transfer sent again with the same
 * idempotency key with the first one's reference. A production deployment replaces this bean with its bank's client.
 */
@SecondaryAdapter
@Component
class SandboxPayoutGateway implements PayoutGateway {

    private final JdbcClient jdbc;
    private final Clock clock;

    SandboxPayoutGateway(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String transfer(UUID idempotencyKey, UUID shopId, long amount, String memo) {
        var reference = "SBX-" + idempotencyKey.toString().substring(0, 8).toUpperCase() + "-" + amount;
        try {
            jdbc.sql(
                            "INSERT INTO settlement.sandbox_transfers (idempotency_key, shop_id, amount, reference, transferred_at)"
                                    + " VALUES (:key, :shop, :amount, :reference, :at)")
                    .param("key", idempotencyKey)
                    .param("shop", shopId)
                    .param("amount", amount)
                    .param("reference", reference)
                    .param("at", Instant.now(clock))
                    .update();
            return reference;
        } catch (DuplicateKeyException sentBefore) {
            return jdbc.sql("SELECT reference FROM settlement.sandbox_transfers WHERE idempotency_key = :key")
                    .param("key", idempotencyKey)
                    .query(String.class)
                    .single();
        }
    }
}
