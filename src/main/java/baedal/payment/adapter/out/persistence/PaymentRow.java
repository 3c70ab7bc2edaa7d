package baedal.payment.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Row of {@code payment.payments}. */
@Table(schema = "payment", name = "payments")
record PaymentRow(
        @Id UUID id,
        UUID orderId,
        long amount,
        String status,
        String gatewayTransactionId,
        String failureReason,
        int attempts,
        Instant requestedAt,
        @Version long version) {

    PaymentRow withVersion(long newVersion) {
        return new PaymentRow(
                id, orderId, amount, status, gatewayTransactionId, failureReason, attempts, requestedAt, newVersion);
    }
}
