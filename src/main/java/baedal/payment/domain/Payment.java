package baedal.payment.domain;

import baedal.kernel.EventRecordingAggregateRoot;
import baedal.kernel.Money;
import baedal.order.events.PaymentApproved;
import baedal.order.events.PaymentDeferred;
import baedal.order.events.PaymentFailed;
import baedal.order.events.PaymentRefunded;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The charge for one order at the payment gateway, and its refunds: in part when the shop cancels a line, the rest when
 * the order is cancelled. Every refund has a key of its own (the gateway's idempotency key), recorded with it, so a
 * refund asked for twice is made once.
 */
public class Payment extends EventRecordingAggregateRoot<Payment, PaymentId> {

    private final PaymentId id;
    private final UUID orderId;
    private final Money amount;
    private Money refunded;
    private final transient List<Refund> newRefunds = new ArrayList<>();
    private PaymentStatus status;
    private @Nullable String gatewayTransactionId;
    private @Nullable String failureReason;
    private int attempts;
    private final Instant requestedAt;
    private long version;

    private Payment(
            PaymentId id,
            UUID orderId,
            Money amount,
            Money refunded,
            PaymentStatus status,
            @Nullable String gatewayTransactionId,
            @Nullable String failureReason,
            int attempts,
            Instant requestedAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.refunded = Objects.requireNonNull(refunded, "refunded");
        if (amount.isLessThan(refunded)) {
            throw new IllegalArgumentException("more refunded than charged");
        }
        this.status = Objects.requireNonNull(status, "status");
        this.gatewayTransactionId = gatewayTransactionId;
        this.failureReason = failureReason;
        this.attempts = attempts;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.version = version;
    }

    public static Payment request(PaymentId id, UUID orderId, Money amount, Instant now) {
        return new Payment(id, orderId, amount, Money.ZERO, PaymentStatus.REQUESTED, null, null, 0, now, 0);
    }

    /** The order was cancelled before anything was charged: nothing will be. */
    public static Payment cancelledBeforeCharge(PaymentId id, UUID orderId, Instant now) {
        return new Payment(
                id, orderId, Money.ZERO, Money.ZERO, PaymentStatus.CANCELLED, null, "ORDER_CANCELLED", 0, now, 0);
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
        registerEvent(new PaymentApproved(UUID.randomUUID(), id.id(), orderId, amount.won(), version + 1, now));
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

    /** Whether the charge went through and was not refunded in full. */
    public boolean isRefundable() {
        return status == PaymentStatus.APPROVED;
    }

    /** What is left of the charge to refund. */
    public Money refundable() {
        return isRefundable() ? Money.won(amount.won() - refunded.won()) : Money.ZERO;
    }

    /** The key the gateway knows a refund by: the rest of the charge, or a part of it named by {@code part}. */
    public String refundKey(@Nullable String part) {
        return "refund-" + id.id() + (part == null ? "" : "-" + part);
    }

    /**
     * The gateway refunded {@code part} of the charge under {@code key}; refunding all that was left makes the payment
     * REFUNDED.
     */
    public void refunded(String key, Money part, Instant now) {
        if (!isRefundable()
                || refundable().isLessThan(part)
                || (part.won() == 0 && refundable().won() > 0)) {
            throw new IllegalStateException("cannot refund " + part.won() + " KRW of a payment with "
                    + refundable().won() + " KRW left");
        }
        refunded = refunded.plus(part);
        if (refunded.equals(amount)) {
            status = PaymentStatus.REFUNDED;
        }
        newRefunds.add(new Refund(key, part, now));
        registerEvent(
                new PaymentRefunded(UUID.randomUUID(), id.id(), orderId, part.won(), refunded.won(), version + 1, now));
    }

    /** The refunds made since the payment was read, to be recorded with it; cleared by this call. */
    public List<Refund> releaseRefunds() {
        var made = List.copyOf(newRefunds);
        newRefunds.clear();
        return made;
    }

    /** One refund: its gateway key, the amount and when. */
    public record Refund(String key, Money amount, Instant at) {}

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

    /** What was refunded of the charge so far. */
    public Money refunded() {
        return refunded;
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
