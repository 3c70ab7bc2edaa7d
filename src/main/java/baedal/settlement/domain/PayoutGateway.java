package baedal.settlement.domain;

import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The bank (or payment service) that moves money to a shop's account. A transfer sent again with the same
 * idempotency key is not made twice: the first transfer's reference comes back.
 */
@SecondaryPort
public interface PayoutGateway {

    /** Transfers the amount to the shop's account; its reference. Throws {@link PayoutFailedException} to retry. */
    String transfer(UUID idempotencyKey, UUID shopId, long amount, String memo);
}
