package baedal.delivery.application;

import baedal.delivery.domain.Delivery;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where an order's delivery stands, as its customer sees it: waiting for a rider since {@code waitingSince}, or
 * underway with a rider ({@code status} ASSIGNED, PICKED_UP, DELIVERED) expected at the door at
 * {@code estimatedArrival} (when it could be told).
 */
public record DeliveryProgress(
        UUID orderId,
        String status,
        @Nullable UUID deliveryId,
        @Nullable UUID riderId,
        @Nullable Instant assignedAt,
        @Nullable Instant estimatedArrival,
        @Nullable Instant waitingSince) {

    public static final String WAITING = "WAITING_FOR_RIDER";

    static DeliveryProgress underway(UUID orderId, Delivery delivery) {
        return new DeliveryProgress(
                orderId,
                delivery.status().name(),
                delivery.getId().id(),
                delivery.riderId(),
                delivery.assignedAt(),
                delivery.estimatedArrival(),
                null);
    }

    static DeliveryProgress waiting(UUID orderId, Instant since) {
        return new DeliveryProgress(orderId, WAITING, null, null, null, null, since);
    }
}
