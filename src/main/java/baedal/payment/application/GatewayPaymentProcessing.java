package baedal.payment.application;

import baedal.kernel.Money;
import baedal.payment.domain.GatewayUnavailableException;
import baedal.payment.domain.NotYourOrderException;
import baedal.payment.domain.OrderAmounts;
import baedal.payment.domain.Payment;
import baedal.payment.domain.PaymentDeclinedException;
import baedal.payment.domain.PaymentGateway;
import baedal.payment.domain.PaymentId;
import baedal.payment.domain.PaymentNotFoundException;
import baedal.payment.domain.Payments;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Talks to the gateway on behalf of orders. The payment id is the gateway idempotency key, and it is committed
 * (with the attempt counted) before the gateway is called: a retry after a crash, a rollback or a timeout, on this
 * instance or another, reuses it, so nobody is charged twice and no charge exists without a payment record. The
 * gateway is called outside any transaction; its outcome is saved with a version check, and when another instance
 * recorded an outcome first, that one stands. While the gateway is down, payments wait as PENDING and are retried;
 * ordering goes on meanwhile.
 */
@Application
@Service
@EnableConfigurationProperties(PaymentSettings.class)
class GatewayPaymentProcessing implements PaymentProcessing {

    private static final Logger log = LoggerFactory.getLogger(GatewayPaymentProcessing.class);
    private static final int SAVE_ATTEMPTS = 3;

    private final Payments payments;
    private final PaymentGateway gateway;
    private final OrderAmounts orders;
    private final PaymentSettings settings;
    private final TransactionTemplate transactions;
    private final TransactionTemplate ownTransactions;
    private final Clock clock;

    GatewayPaymentProcessing(
            Payments payments,
            PaymentGateway gateway,
            OrderAmounts orders,
            PaymentSettings settings,
            TransactionTemplate transactions,
            Clock clock) {
        this.payments = payments;
        this.gateway = gateway;
        this.orders = orders;
        this.settings = settings;
        this.transactions = transactions;
        this.ownTransactions = new TransactionTemplate(transactions.getTransactionManager());
        this.ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void charge(UUID orderId, long orderVersion) {
        var payment = beginAttempt(orderId, orderVersion);
        if (payment == null) {
            return;
        }
        var outcome = callGateway(payment);
        record(payment, outcome);
    }

    @Override
    public void refund(UUID orderId) {
        var known = ownTransactions.execute(tx -> payments.findByOrder(orderId));
        if (known != null
                && known.filter(payment -> payment.awaitsCharge() && payment.attempts() > 0)
                        .isPresent()) {
            // A charge may have reached the gateway without its answer being recorded: settle it under the same
            // key first (the gateway answers with the earlier charge, if there was one), so that it can be refunded.
            record(known.get(), callGateway(known.get()));
        }
        saveWithRetry(orderId, () -> {
            var payment = payments.lockByOrder(orderId)
                    .orElseGet(() -> Payment.cancelledBeforeCharge(PaymentId.random(), orderId, now()));
            if (payment.awaitsCharge() && payment.attempts() > 0) {
                throw new ChargeInFlightException(orderId);
            }
            if (payment.isRefundable()) {
                var rest = payment.refundable();
                refund(payment, payment.refundKey(null), rest);
                log.info(
                        "Refunded {} KRW for order {}, {} KRW in all",
                        rest.won(),
                        orderId,
                        payment.refunded().won());
            } else {
                payment.cancelBeforeCharge();
            }
            payments.save(payment);
        });
    }

    @Override
    public void refundPart(UUID orderId, String part, Money amount) {
        if (amount.won() == 0) {
            return;
        }
        saveWithRetry(orderId, () -> {
            var payment = payments.lockByOrder(orderId).orElse(null);
            if (payment == null || !payment.isRefundable()) {
                // refunded in full already (the whole order was cancelled meanwhile), or never charged
                log.info("Nothing left to refund of order {} for {}", orderId, part);
                return;
            }
            var key = payment.refundKey(part);
            if (payments.refundRecorded(payment.getId(), key)) {
                return;
            }
            var refund = payment.refundable().isLessThan(amount) ? payment.refundable() : amount;
            refund(payment, key, refund);
            payments.save(payment);
            log.info("Refunded {} KRW of order {} for {}", refund.won(), orderId, part);
        });
    }

    /** Refunds {@code amount} of the payment at the gateway under {@code key} (nothing to ask for none) and records it. */
    private void refund(Payment payment, String key, Money amount) {
        if (amount.won() > 0) {
            gateway.refund(key, Objects.requireNonNull(payment.gatewayTransactionId()), amount);
        }
        payment.refunded(key, amount, now());
    }

    @Override
    public Payment paymentOf(UUID callerId, boolean admin, UUID orderId) {
        if (!admin) {
            var customer = orders.customerOf(orderId)
                    .orElseThrow(() -> new PaymentNotFoundException("there is no order " + orderId));
            if (!customer.equals(callerId)) {
                throw new NotYourOrderException("order " + orderId + " belongs to someone else");
            }
        }
        return transactions.execute(tx -> payments.findByOrder(orderId)
                .orElseThrow(() -> new PaymentNotFoundException("no payment for order " + orderId + " yet")));
    }

    @Override
    public int retryPending() {
        var waiting = transactions.execute(tx -> payments.findAwaitingCharge(100));
        for (var payment : waiting) {
            try {
                charge(payment.orderId(), 0);
            } catch (RuntimeException e) {
                log.warn("Retrying the payment of order {} failed: {}", payment.orderId(), e.getMessage());
            }
        }
        return waiting.size();
    }

    /**
     * Commits the payment (its id is the idempotency key) with one more attempt counted, before the gateway hears
     * of it; null when the order needs no charge any more.
     */
    private @Nullable Payment beginAttempt(UUID orderId, long orderVersion) {
        for (int attempt = 1; ; attempt++) {
            // An order announced as placed nearly always has no payment yet: the first attempt creates it without
            // looking, and one made before fails on the order's unique key; the next attempt reads it.
            var likelyNew = attempt == 1 && orderVersion > 0;
            try {
                return ownTransactions.execute(tx -> {
                    var known = likelyNew ? Optional.<Payment>empty() : payments.findByOrder(orderId);
                    var payment = known.orElseGet(() -> {
                        var amount = orders.paymentAmount(orderId, orderVersion)
                                .orElseThrow(
                                        () -> new IllegalStateException("order " + orderId + " is not visible yet"));
                        return Payment.request(PaymentId.random(), orderId, amount, now());
                    });
                    if (!payment.awaitsCharge()) {
                        return null;
                    }
                    payment.countAttempt();
                    return payments.save(payment);
                });
            } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    private Outcome callGateway(Payment payment) {
        try {
            return new Outcome.Approved(
                    gateway.charge(payment.getId().id().toString(), payment.orderId(), payment.amount()));
        } catch (PaymentDeclinedException declined) {
            log.info("Payment for order {} declined: {}", payment.orderId(), declined.getMessage());
            return new Outcome.Declined();
        } catch (GatewayUnavailableException unavailable) {
            log.warn(
                    "Gateway unavailable for order {} (attempt {}): {}",
                    payment.orderId(),
                    payment.attempts(),
                    unavailable.getMessage());
            return new Outcome.Unavailable();
        }
    }

    /**
     * Saves the gateway's answer unless an answer was recorded meanwhile (by another instance, say): to the payment as
     * it was sent to the gateway, or, when that changed since (the version check tells), as it now is.
     */
    private void record(Payment sent, Outcome outcome) {
        var unchanged = new AtomicReference<@Nullable Payment>(sent);
        saveWithRetry(sent.orderId(), () -> {
            var known = unchanged.getAndSet(null);
            var payment =
                    known != null ? known : payments.findByOrder(sent.orderId()).orElseThrow();
            if (!payment.awaitsCharge()) {
                return;
            }
            switch (outcome) {
                case Outcome.Approved approved -> payment.approve(approved.transactionId(), now());
                case Outcome.Declined declined -> payment.fail("DECLINED", now());
                case Outcome.Unavailable unavailable -> payment.gatewayUnavailable(settings.deadline(), now());
            }
            payments.save(payment);
        });
    }

    private void saveWithRetry(UUID orderId, Runnable change) {
        for (int attempt = 1; ; attempt++) {
            try {
                ownTransactions.executeWithoutResult(tx -> change.run());
                return;
            } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw concurrent;
                }
                log.debug("Payment of order {} changed concurrently; reading it again", orderId);
            }
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private sealed interface Outcome {
        record Approved(String transactionId) implements Outcome {}

        record Declined() implements Outcome {}

        record Unavailable() implements Outcome {}
    }
}
