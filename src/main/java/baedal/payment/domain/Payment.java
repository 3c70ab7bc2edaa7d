package baedal.payment.domain;

import baedal.kernel.EventRecordingAggregateRoot;
import baedal.kernel.Money;
import baedal.order.events.PaymentApproved;
import baedal.order.events.PaymentDeferred;
import baedal.order.events.PaymentFailed;
import baedal.order.events.PaymentRefunded;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The charge for one order at the payment gateway, and its refund. */
public class Payment extends EventRecordingAggregateRoot<Payment, PaymentId> {

    private final PaymentId id;
    private final UUID orderId;
    private final Money amount;
    private PaymentStatus status;
    private @Nullable String gatewayTransactionId;
    private @Nullable String failureReason;
    private int attempts;
    private final Instant requestedAt;
    private final long version;

    private Payment(
            PaymentId id,
            UUID orderId,
            Money amount,
            PaymentStatus status,
            @Nullable String gatewayTransactionId,
            @Nullable String failureReason,
            int attempts,
            Instant requestedAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.status = Objects.requireNonNull(status, "status");
        this.gatewayTransactionId = gatewayTransactionId;
        this.failureReason = failureReason;
        this.attempts = attempts;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.version = version;
    }

    public static Payment request(PaymentId id, UUID orderId, Money amount, Instant now) {
        return new Payment(id, orderId, amount, PaymentStatus.REQUESTED, null, null, 0, now, 0);
    }

    /** The order was cancelled before anything was charged: nothing will be. */
    public static Payment cancelledBeforeCharge(PaymentId id, UUID orderId, Instant now) {
        return new Payment(id, orderId, Money.ZERO, PaymentStatus.CANCELLED, null, "ORDER_CANCELLED", 0, now, 0);
    }

    public static Payment restore(
            PaymentId id,
            UUID orderId,
            Money amount,
            PaymentStatus status,
            String transactionId,
            @Nullable String failureReason,
            int attempts,
            Instant requestedAt,
            long version) {
        return new Payment(id, orderId, amount, status, transactionId, failureReason, attempts, requestedAt, version);
    }

    /** Whether the gateway should be asked (again). */
    public boolean awaitsCharge() {
        return status == PaymentStatus.REQUESTED || status == PaymentStatus.PENDING;
    }

    public void countAttempt() {
        attempts++;
    }

    public void approve(String transactionId, Instant now) {
        status = PaymentStatus.APPROVED;
        gatewayTransactionId = transactionId;
        registerEvent(new PaymentApproved(UUID.randomUUID(), id.id(), orderId, version + 1, now));
    }

    public void fail(String reason, Instant now) {
        status = PaymentStatus.FAILED;
        failureReason = reason;
        registerEvent(new PaymentFailed(UUID.randomUUID(), id.id(), orderId, reason, version + 1, now));
    }

    /** The gateway is unreachable: wait durably, or give up once {@code deadline} has passed since the request. */
    public void gatewayUnavailable(Duration deadline, Instant now) {
        if (now.isAfter(requestedAt.plus(deadline))) {
            fail("GATEWAY_UNAVAILABLE", now);
        } else if (status == PaymentStatus.REQUESTED) {
            status = PaymentStatus.PENDING;
            registerEvent(new PaymentDeferred(UUID.randomUUID(), id.id(), orderId, version + 1, now));
        }
    }

    public boolean isRefundable() {
        return status == PaymentStatus.APPROVED;
    }

    public void refunded(Instant now) {
        status = PaymentStatus.REFUNDED;
        registerEvent(new PaymentRefunded(UUID.randomUUID(), id.id(), orderId, version + 1, now));
    }

    /** The order went away before a charge: stop trying. */
    public void cancelBeforeCharge() {
        if (awaitsCharge()) {
            status = PaymentStatus.CANCELLED;
            failureReason = "ORDER_CANCELLED";
        }
    }

    @Override
    public PaymentId getId() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public Money amount() {
        return amount;
    }

    public PaymentStatus status() {
        return status;
    }

    public @Nullable String gatewayTransactionId() {
        return gatewayTransactionId;
    }

    public @Nullable String failureReason() {
        return failureReason;
    }

    public int attempts() {
        return attempts;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public long version() {
        return version;
    }
}
