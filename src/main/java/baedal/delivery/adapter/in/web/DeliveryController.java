package baedal.delivery.adapter.in.web;

import baedal.delivery.application.DeliveryManagement;
import baedal.delivery.domain.Delivery;
import baedal.delivery.domain.DeliveryId;
import baedal.delivery.domain.DeliveryOrders.DeliveryOrder;
import baedal.kernel.Role;
import baedal.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The rider's side: what to deliver, pick-up and hand-over. */
@PrimaryAdapter
@RestController
@PreAuthorize("hasAnyRole('RIDER', 'ADMIN')")
@Tag(name = "delivery")
class DeliveryController {

    private final DeliveryManagement deliveries;

    DeliveryController(DeliveryManagement deliveries) {
        this.deliveries = deliveries;
    }

    @Operation(summary = "Your deliveries that are not completed yet (the rider's list; both paths answer the same)")
    @GetMapping({"/api/me/deliveries", "/api/deliveries"})
    List<DeliveryResponse> mine(Caller caller) {
        return deliveries.activeDeliveries(caller.id()).stream()
                .map(delivery -> DeliveryResponse.of(
                        delivery, deliveries.orderOf(delivery).orElse(null)))
                .toList();
    }

    @Operation(summary = "Picked the food up at the shop")
    @PostMapping("/api/deliveries/{deliveryId}/pickup")
    void pickUp(Caller caller, @PathVariable UUID deliveryId) {
        deliveries.pickUp(caller.id(), caller.has(Role.ADMIN), new DeliveryId(deliveryId));
    }

    @Operation(summary = "Turn down an order offered to you before picking it up: it goes to another rider, or waits")
    @PostMapping("/api/deliveries/{deliveryId}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decline(Caller caller, @PathVariable UUID deliveryId) {
        deliveries.decline(caller.id(), caller.has(Role.ADMIN), new DeliveryId(deliveryId));
    }

    @Operation(
            summary = "Where you are and whether you take deliveries now (available riders near a shop get its orders)")
    @PutMapping("/api/riders/me/location")
    @PreAuthorize("hasRole('RIDER')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void location(Caller caller, @Valid @RequestBody LocationRequest request) {
        deliveries.reportLocation(caller.id(), request.lat(), request.lng(), request.available());
    }

    @Operation(summary = "Handed the food to the customer")
    @PostMapping("/api/deliveries/{deliveryId}/complete")
    void complete(Caller caller, @PathVariable UUID deliveryId) {
        deliveries.complete(caller.id(), caller.has(Role.ADMIN), new DeliveryId(deliveryId));
    }

    /** A delivery, with the order's number and address when the order module can say. */
    record DeliveryResponse(
            UUID id,
            UUID orderId,
            @Nullable String orderNumber,
            @Nullable String deliveryAddress,
            UUID riderId,
            String status,
            Instant assignedAt,
            @Nullable Instant estimatedArrival) {

        static DeliveryResponse of(Delivery delivery, @Nullable DeliveryOrder order) {
            return new DeliveryResponse(
                    delivery.getId().id(),
                    delivery.orderId(),
                    order == null ? null : order.number(),
                    order == null ? null : order.deliveryAddress(),
                    delivery.riderId(),
                    delivery.status().name(),
                    delivery.assignedAt(),
                    delivery.estimatedArrival());
        }
    }

    /** Where the rider is (decimal degrees) and whether they take deliveries now. */
    record LocationRequest(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lng,
            @NotNull Boolean available) {}
}
