package baedal.payment.domain;

import baedal.kernel.Money;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The external payment gateway (PG). It fails, slows down and gets overloaded: calls throw
 * {@link GatewayUnavailableException} when it cannot be reached and {@link PaymentDeclinedException} when it
 * says no. The idempotency key makes a repeated call return the first result instead of charging again.
 */
@SecondaryPort
public interface PaymentGateway {

    /** Charges the amount; returns the gateway's transaction id. */
    String charge(String idempotencyKey, UUID orderId, Money amount);

    /** Refunds a charge in full. */
    void refund(String idempotencyKey, String transactionId, Money amount);
}
