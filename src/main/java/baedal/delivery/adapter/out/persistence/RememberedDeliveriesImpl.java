package baedal.delivery.adapter.out.persistence;

import baedal.delivery.domain.Delivery;
import baedal.delivery.domain.DeliveryId;
import baedal.platform.jdbc.LastStored;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.conversion.MutableAggregateChange;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.data.relational.core.mapping.event.BeforeDeleteCallback;
import org.springframework.stereotype.Component;

/**
 * Deliveries as this instance last stored them: the rider's pick-up and hand-over start without reading the delivery
 * back ({@code OrderRoundTripBudgetTests}). Another instance may have changed one since; saving it then fails the
 * version check and the change is applied again to the delivery read from the database, which is remembered in turn.
 */
@Component
class RememberedDeliveriesImpl
        implements RememberedDeliveries, AfterSaveCallback<Delivery>, BeforeDeleteCallback<Delivery> {

    private final LastStored<UUID, Delivery> lastStored =
            new LastStored<>(Delivery::version, RememberedDeliveriesImpl::copy);
    /** Spring Data's, which calls this back on saving: taken when first needed. */
    private final ObjectProvider<JdbcAggregateOperations> aggregates;

    RememberedDeliveriesImpl(ObjectProvider<JdbcAggregateOperations> aggregates) {
        this.aggregates = aggregates;
    }

    @Override
    public Optional<Delivery> findForChange(DeliveryId id) {
        var known = lastStored.find(id.id());
        return known != null
                ? Optional.of(known)
                : Optional.ofNullable(aggregates.getObject().findById(id, Delivery.class));
    }

    @Override
    public Delivery onAfterSave(Delivery delivery) {
        lastStored.storing(delivery.getId().id(), delivery);
        return delivery;
    }

    @Override
    public Delivery onBeforeDelete(Delivery delivery, MutableAggregateChange<Delivery> change) {
        lastStored.forget(delivery.getId().id());
        return delivery;
    }

    private static Delivery copy(Delivery delivery) {
        return Delivery.restore(
                delivery.getId(),
                delivery.orderId(),
                delivery.riderId(),
                delivery.status(),
                delivery.assignedAt(),
                delivery.estimatedArrival(),
                delivery.version());
    }
}
