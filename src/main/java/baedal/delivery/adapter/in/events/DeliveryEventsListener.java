package baedal.delivery.adapter.in.events;

import baedal.account.events.AccountRegistered;
import baedal.delivery.application.DeliveryManagement;
import baedal.order.events.OrderAccepted;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Dispatches accepted orders and learns about new riders. */
@PrimaryAdapter
@Component
class DeliveryEventsListener {

    private final DeliveryManagement deliveries;

    DeliveryEventsListener(DeliveryManagement deliveries) {
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener
    void on(OrderAccepted event) {
        deliveries.dispatch(event.orderId(), event.version());
    }

    @ApplicationModuleListener
    void on(AccountRegistered event) {
        if (event.roles().contains("RIDER")) {
            deliveries.registerRider(event.accountId());
        }
    }
}
