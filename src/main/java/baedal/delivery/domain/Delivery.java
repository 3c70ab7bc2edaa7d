package baedal.delivery.domain;

import baedal.kernel.EventRecordingAggregateRoot;
import baedal.order.events.DeliveryCompleted;
import baedal.order.events.DeliveryPickedUp;
import baedal.order.events.RiderAssigned;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Taking one accepted order from the shop to the customer, by one rider. */
public class Delivery extends EventRecordingAggregateRoot<Delivery, DeliveryId> {

    private final DeliveryId id;
    private final UUID orderId;
    private UUID riderId;
    private DeliveryStatus status;
    private Instant assignedAt;
    private @Nullable Instant estimatedArrival;
    private long version;

    private Delivery(
            DeliveryId id,
            UUID orderId,
            UUID riderId,
            DeliveryStatus status,
            Instant assignedAt,
            @Nullable Instant estimatedArrival,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.riderId = Objects.requireNonNull(riderId, "riderId");
        this.status = Objects.requireNonNull(status, "status");
        this.assignedAt = Objects.requireNonNull(assignedAt, "assignedAt");
        this.estimatedArrival = estimatedArrival;
        this.version = version;
    }

    /** A rider takes the order, expected at the customer's door at {@code estimatedArrival} (if it can be told). */
    public static Delivery assign(
            DeliveryId id, UUID orderId, UUID riderId, @Nullable Instant estimatedArrival, Instant now) {
        var delivery = new Delivery(id, orderId, riderId, DeliveryStatus.ASSIGNED, now, estimatedArrival, 0);
        delivery.registerEvent(new RiderAssigned(UUID.randomUUID(), id.id(), orderId, riderId, 1, now));
        return delivery;
    }

    public static Delivery restore(
            DeliveryId id,
            UUID orderId,
            UUID riderId,
            DeliveryStatus status,
            Instant assignedAt,
            @Nullable Instant estimatedArrival,
            long version) {
        return new Delivery(id, orderId, riderId, status, assignedAt, estimatedArrival, version);
    }

    /** The assigned rider turns the order down before picking it up; it goes to another rider or waits. */
    public void decline(UUID rider, boolean admin) {
        assertRider(rider, admin);
        if (status != DeliveryStatus.ASSIGNED) {
            throw new DeliveryStepOutOfOrderException("cannot decline a delivery that is " + status);
        }
    }

    /** Another rider takes the order the first one declined. */
    public void reassign(UUID rider, @Nullable Instant arrival, Instant now) {
        if (status != DeliveryStatus.ASSIGNED) {
            throw new DeliveryStepOutOfOrderException("cannot reassign a delivery that is " + status);
        }
        riderId = Objects.requireNonNull(rider, "rider");
        assignedAt = now;
        estimatedArrival = arrival;
        registerEvent(new RiderAssigned(UUID.randomUUID(), id.id(), orderId, rider, version + 1, now));
    }

    public void pickUp(UUID rider, boolean admin, Instant now) {
        assertRider(rider, admin);
        if (status != DeliveryStatus.ASSIGNED) {
            throw new DeliveryStepOutOfOrderException("cannot pick up a delivery that is " + status);
        }
        status = DeliveryStatus.PICKED_UP;
        registerEvent(new DeliveryPickedUp(UUID.randomUUID(), id.id(), orderId, version + 1, now));
    }

    public void complete(UUID rider, boolean admin, Instant now) {
        assertRider(rider, admin);
        if (status != DeliveryStatus.PICKED_UP) {
            throw new DeliveryStepOutOfOrderException("cannot complete a delivery that is " + status);
        }
        status = DeliveryStatus.DELIVERED;
        registerEvent(new DeliveryCompleted(UUID.randomUUID(), id.id(), orderId, version + 1, now));
    }

    private void assertRider(UUID rider, boolean admin) {
        if (!admin && !riderId.equals(rider)) {
            throw new NotYourDeliveryException("delivery " + id.id() + " is assigned to another rider");
        }
    }

    @Override
    public DeliveryId getId() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID riderId() {
        return riderId;
    }

    public DeliveryStatus status() {
        return status;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public @Nullable Instant estimatedArrival() {
        return estimatedArrival;
    }

    public long version() {
        return version;
    }
}
