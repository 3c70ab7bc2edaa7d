package baedal.settlement.adapter.in.events;

import baedal.ad.events.AdStarted;
import baedal.order.events.OrderDelivered;
import baedal.order.events.PaymentApproved;
import baedal.order.events.PaymentRefunded;
import baedal.settlement.application.SettlementManagement;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Books delivered orders into the shops' ledgers and keeps the captured payments to reconcile against. */
@PrimaryAdapter
@Component
class OrderAndPaymentListener {

    private final SettlementManagement settlement;

    OrderAndPaymentListener(SettlementManagement settlement) {
        this.settlement = settlement;
    }

    @ApplicationModuleListener
    void on(PaymentApproved event) {
        settlement.paymentCaptured(event.orderId(), event.amount(), event.occurredAt());
    }

    @ApplicationModuleListener
    void on(PaymentRefunded event) {
        settlement.paymentRefunded(event.orderId(), event.refundedTotal());
    }

    @ApplicationModuleListener
    void on(AdStarted event) {
        settlement.adStarted(event.contractId(), event.eventId());
    }

    @ApplicationModuleListener
    void on(OrderDelivered event) {
        settlement.orderDelivered(event.orderId(), event.version(), event.eventId(), event.occurredAt());
    }
}
