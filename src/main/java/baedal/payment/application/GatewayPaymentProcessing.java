package baedal.payment.application;

import baedal.payment.domain.GatewayUnavailableException;
import baedal.payment.domain.OrderAmounts;
import baedal.payment.domain.Payment;
import baedal.payment.domain.PaymentDeclinedException;
import baedal.payment.domain.PaymentGateway;
import baedal.payment.domain.PaymentId;
import baedal.payment.domain.Payments;
import baedal.shared.concurrency.AggregateLocks;
import baedal.shared.kernel.NotFoundException;
import baedal.shared.kernel.NotPermittedException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Talks to the gateway on behalf of orders. The payment id is the gateway idempotency key, so repeating an
 * attempt after a crash or timeout never charges twice. While the gateway is down, payments wait as PENDING and
 * are retried; ordering goes on meanwhile.
 */
@Application
@Service
@EnableConfigurationProperties(PaymentSettings.class)
class GatewayPaymentProcessing implements PaymentProcessing {

    private static final Logger log = LoggerFactory.getLogger(GatewayPaymentProcessing.class);

    private final Payments payments;
    private final PaymentGateway gateway;
    private final OrderAmounts orders;
    private final PaymentSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AggregateLocks locks;

    GatewayPaymentProcessing(
            Payments payments,
            PaymentGateway gateway,
            OrderAmounts orders,
            PaymentSettings settings,
            TransactionTemplate transactions,
            Clock clock,
            AggregateLocks locks) {
        this.locks = locks;
        this.payments = payments;
        this.gateway = gateway;
        this.orders = orders;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void charge(UUID orderId) {
        transactions.executeWithoutResult(tx -> {
            locks.lockUntilTransactionEnds(orderId);
            var payment = payments.findByOrder(orderId).orElseGet(() -> {
                var amount = orders.paymentAmount(orderId)
                        .orElseThrow(() -> new IllegalStateException("order " + orderId + " is not visible yet"));
                return Payment.request(PaymentId.random(), orderId, amount, now());
            });
            if (payment.awaitsCharge()) {
                attempt(payment);
            }
            payments.save(payment);
        });
    }

    @Override
    public void refund(UUID orderId) {
        transactions.executeWithoutResult(tx -> {
            locks.lockUntilTransactionEnds(orderId);
            var payment = payments.findByOrder(orderId)
                    .orElseGet(() -> Payment.cancelledBeforeCharge(PaymentId.random(), orderId, now()));
            if (payment.isRefundable()) {
                gateway.refund("refund-" + payment.getId().id(), payment.gatewayTransactionId(), payment.amount());
                payment.refunded(now());
                log.info("Refunded {} KRW for order {}", payment.amount().won(), orderId);
            } else {
                payment.cancelBeforeCharge();
            }
            payments.save(payment);
        });
    }

    @Override
    public Payment paymentOf(UUID callerId, boolean admin, UUID orderId) {
        if (!admin && orders.customerOf(orderId).filter(callerId::equals).isEmpty()) {
            throw new NotPermittedException("order " + orderId + " belongs to someone else");
        }
        return transactions.execute(tx -> payments.findByOrder(orderId)
                .orElseThrow(() -> new NotFoundException("no payment for order " + orderId + " yet")));
    }

    @Override
    public int retryPending() {
        var waiting = transactions.execute(tx -> payments.findAwaitingCharge(100));
        for (var payment : waiting) {
            try {
                charge(payment.orderId());
            } catch (RuntimeException e) {
                log.warn("Retrying the payment of order {} failed: {}", payment.orderId(), e.getMessage());
            }
        }
        return waiting.size();
    }

    private void attempt(Payment payment) {
        payment.countAttempt();
        try {
            var transactionId = gateway.charge(payment.getId().id().toString(), payment.orderId(), payment.amount());
            payment.approve(transactionId, now());
        } catch (PaymentDeclinedException declined) {
            log.info("Payment for order {} declined: {}", payment.orderId(), declined.getMessage());
            payment.fail("DECLINED", now());
        } catch (GatewayUnavailableException unavailable) {
            log.warn(
                    "Gateway unavailable for order {} (attempt {}): {}",
                    payment.orderId(),
                    payment.attempts(),
                    unavailable.getMessage());
            payment.gatewayUnavailable(settings.deadline(), now());
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
