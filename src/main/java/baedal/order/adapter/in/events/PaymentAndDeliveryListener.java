package baedal.order.adapter.in.events;

import baedal.order.application.OrderProgress;
import baedal.order.events.DeliveryCompleted;
import baedal.order.events.DeliveryPickedUp;
import baedal.order.events.OrderBenefitsRefused;
import baedal.order.events.PaymentApproved;
import baedal.order.events.PaymentDeferred;
import baedal.order.events.PaymentFailed;
import baedal.order.events.RiderAssigned;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Moves orders along on payment and delivery facts. */
@PrimaryAdapter
@Component
class PaymentAndDeliveryListener {

    private final OrderProgress orders;

    PaymentAndDeliveryListener(OrderProgress orders) {
        this.orders = orders;
    }

    @ApplicationModuleListener
    void on(PaymentDeferred event) {
        orders.paymentDeferred(event.orderId());
    }

    @ApplicationModuleListener
    void on(PaymentApproved event) {
        orders.paymentApproved(event.orderId());
    }

    @ApplicationModuleListener
    void on(PaymentFailed event) {
        orders.paymentFailed(event.orderId(), event.reason());
    }

    @ApplicationModuleListener
    void on(OrderBenefitsRefused event) {
        orders.benefitsRefused(event.orderId(), event.reason());
    }

    @ApplicationModuleListener
    void on(RiderAssigned event) {
        orders.riderAssigned(event.orderId(), event.deliveryId());
    }

    @ApplicationModuleListener
    void on(DeliveryPickedUp event) {
        orders.pickedUp(event.orderId());
    }

    @ApplicationModuleListener
    void on(DeliveryCompleted event) {
        orders.delivered(event.orderId());
    }
}
