package baedal.payment.adapter.in.events;

import baedal.kernel.Money;
import baedal.order.events.OrderCancelled;
import baedal.order.events.OrderLineCancelled;
import baedal.order.events.OrderPlaced;
import baedal.order.events.OrderRejected;
import baedal.payment.application.PaymentProcessing;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Charges placed orders, refunds cancelled and rejected ones and the lines shops cancel, and retries charges waiting
 * for the gateway.
 */
@PrimaryAdapter
@Component
class OrderChargingListener {

    private final PaymentProcessing payments;

    OrderChargingListener(PaymentProcessing payments) {
        this.payments = payments;
    }

    @ApplicationModuleListener
    void on(OrderPlaced event) {
        payments.charge(event.orderId(), event.version());
    }

    @ApplicationModuleListener
    void on(OrderCancelled event) {
        payments.refund(event.orderId());
    }

    @ApplicationModuleListener
    void on(OrderLineCancelled event) {
        payments.refundPart(event.orderId(), "line-" + event.line(), Money.won(event.refundAmount()));
    }

    @ApplicationModuleListener
    void on(OrderRejected event) {
        payments.refund(event.orderId());
    }

    @Scheduled(fixedDelayString = "${baedal.payment.retry-interval:PT10S}", initialDelayString = "PT10S")
    @SchedulerLock(
            name = "payment-retry-pending",
            // a lock left by an instance that died frees after this; recovery after a crash waits for it
            lockAtMostFor = "PT1M",
            lockAtLeastFor = "${baedal.payment.retry-interval:PT10S}")
    void retryPending() {
        payments.retryPending();
    }
}
