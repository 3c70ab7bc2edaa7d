package baedal.legacy.application;

import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Application;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Service;

/** Copies an order's current state into the legacy database; a failure leaves the event to be retried. */
@PrimaryPort
@Application
@Service
@ConditionalOnBooleanProperty("baedal.legacy.enabled")
public class LegacySync {

    private final OrderSource orders;
    private final OrderMirror mirror;

    LegacySync(OrderSource orders, OrderMirror mirror) {
        this.orders = orders;
        this.mirror = mirror;
    }

    public void orderChanged(UUID orderId) {
        orders.find(orderId).ifPresent(mirror::upsert);
    }
}
