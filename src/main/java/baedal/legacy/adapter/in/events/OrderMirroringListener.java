package baedal.legacy.adapter.in.events;

import baedal.legacy.application.LegacySync;
import baedal.order.events.OrderAccepted;
import baedal.order.events.OrderCancelled;
import baedal.order.events.OrderDelivered;
import baedal.order.events.OrderLineCancelled;
import baedal.order.events.OrderPaid;
import baedal.order.events.OrderPlaced;
import baedal.order.events.OrderRejected;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Mirrors every change of an order's status into the legacy database. */
@PrimaryAdapter
@Component
@ConditionalOnBooleanProperty("baedal.legacy.enabled")
class OrderMirroringListener {

    private final LegacySync sync;

    OrderMirroringListener(LegacySync sync) {
        this.sync = sync;
    }

    @ApplicationModuleListener
    void on(OrderPlaced event) {
        sync.orderChanged(event.orderId());
    }

    @ApplicationModuleListener
    void on(OrderPaid event) {
        sync.orderChanged(event.orderId());
    }

    @ApplicationModuleListener
    void on(OrderAccepted event) {
        sync.orderChanged(event.orderId());
    }

    @ApplicationModuleListener
    void on(OrderCancelled event) {
        sync.orderChanged(event.orderId());
    }

    @ApplicationModuleListener
    void on(OrderLineCancelled event) {
        sync.orderChanged(event.orderId());
    }

    @ApplicationModuleListener
    void on(OrderRejected event) {
        sync.orderChanged(event.orderId());
    }

    @ApplicationModuleListener
    void on(OrderDelivered event) {
        sync.orderChanged(event.orderId());
    }
}
