package baedal.order.adapter.in.web;

import baedal.order.api.OrderQueries;
import baedal.order.api.OrderView;
import baedal.order.domain.OrderNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The order module's published query port over HTTP, for modules that run in another deployment (role SERVICE). It
 * answers exactly what {@link OrderQueries} answers in process.
 */
@PrimaryAdapter
@RestController
@Tag(name = "internal")
@PreAuthorize("hasAnyRole('SERVICE', 'ADMIN')")
class OrderQueriesController {

    private final OrderQueries orders;

    OrderQueriesController(OrderQueries orders) {
        this.orders = orders;
    }

    @Operation(
            summary = "An order at a version or later, as its subscribers read it (service)",
            description = "version: the version of the order an event announced (0, the default: as it is now).")
    @GetMapping("/internal/orders/{orderId}")
    OrderView order(@PathVariable UUID orderId, @RequestParam(defaultValue = "0") @Min(0) long version) {
        return orders.findOrder(orderId, version)
                .orElseThrow(() -> new OrderNotFoundException("order " + orderId + " not found"));
    }
}
