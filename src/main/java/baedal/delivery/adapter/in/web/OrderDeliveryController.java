package baedal.delivery.adapter.in.web;

import baedal.delivery.application.DeliveryManagement;
import baedal.delivery.application.DeliveryProgress;
import baedal.delivery.domain.DeliveryNotFoundException;
import baedal.kernel.Role;
import baedal.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The customer's view of a delivery: waiting for a rider, or on its way and when it should arrive. */
@PrimaryAdapter
@RestController
@Tag(name = "delivery")
class OrderDeliveryController {

    private final DeliveryManagement deliveries;

    OrderDeliveryController(DeliveryManagement deliveries) {
        this.deliveries = deliveries;
    }

    @Operation(
            summary = "Where an order's delivery stands: WAITING_FOR_RIDER (since when), or ASSIGNED, PICKED_UP,"
                    + " DELIVERED with the estimated arrival")
    @GetMapping("/api/orders/{orderId}/delivery")
    @PreAuthorize("hasAnyRole('CUSTOMER', 'RIDER', 'ADMIN')")
    DeliveryProgress progress(Caller caller, @PathVariable UUID orderId) {
        return deliveries
                .progressOf(orderId, caller.id(), caller.has(Role.ADMIN))
                .orElseThrow(() -> new DeliveryNotFoundException("order " + orderId + " has no delivery yet"));
    }
}
