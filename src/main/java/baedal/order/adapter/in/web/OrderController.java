package baedal.order.adapter.in.web;

import baedal.kernel.GeoPoint;
import baedal.kernel.Role;
import baedal.order.application.OrderManagement;
import baedal.order.application.PlaceOrder;
import baedal.order.domain.CartItem;
import baedal.order.domain.Order;
import baedal.order.domain.OrderId;
import baedal.order.domain.OrderStatus;
import baedal.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customers place, view and cancel orders; owners see, accept and reject their shops' orders. */
@PrimaryAdapter
@RestController
@Tag(name = "order")
class OrderController {

    private final OrderManagement orders;

    OrderController(OrderManagement orders) {
        this.orders = orders;
    }

    @Operation(summary = "Place an order (repeat with the same Idempotency-Key to retry safely)")
    @PostMapping("/api/orders")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Placed")
    @ApiResponse(
            responseCode = "200",
            description = "Placed before under this Idempotency-Key: the order placed then, nothing placed again")
    @PreAuthorize("hasRole('CUSTOMER')")
    ResponseEntity<OrderResponse> place(
            Caller caller,
            @RequestHeader("Idempotency-Key") String idempotencyKey,
            @Valid @RequestBody PlaceOrderRequest request) {
        var items = request.items().stream()
                .map(item -> new CartItem(
                        item.menuId(),
                        item.quantity(),
                        item.optionNames() == null ? List.of() : item.optionNames(),
                        item.choices() == null
                                ? List.of()
                                : item.choices().stream()
                                        .map(c -> new CartItem.Choice(c.group(), c.options()))
                                        .toList()))
                .toList();
        var placement = orders.place(new PlaceOrder(
                caller.id(),
                idempotencyKey,
                request.shopId(),
                items,
                request.deliveryAddress(),
                new GeoPoint(request.lat(), request.lng()),
                request.couponId(),
                request.points() == null ? 0 : request.points()));
        var body = OrderResponse.of(placement.order());
        return placement.created()
                ? ResponseEntity.created(URI.create("/api/orders/" + body.id())).body(body)
                : ResponseEntity.ok(body);
    }

    @Operation(summary = "An order with its status timeline (its customer, the shop's owner, or an admin)")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/api/orders/{orderId}")
    OrderResponse view(Caller caller, @PathVariable UUID orderId) {
        return OrderResponse.of(orders.view(caller.id(), caller.has(Role.ADMIN), new OrderId(orderId)));
    }

    @Operation(summary = "Cancel your order before the shop accepts it")
    @PostMapping("/api/orders/{orderId}/cancel")
    @PreAuthorize("hasRole('CUSTOMER')")
    OrderResponse cancel(Caller caller, @PathVariable UUID orderId) {
        return OrderResponse.of(orders.cancel(caller.id(), new OrderId(orderId)));
    }

    @Operation(summary = "Accept a paid order of your shop")
    @PostMapping("/api/shops/{shopId}/orders/{orderId}/accept")
    @PreAuthorize("hasRole('OWNER')")
    OrderResponse accept(Caller caller, @PathVariable UUID shopId, @PathVariable UUID orderId) {
        return OrderResponse.of(orders.accept(caller.id(), shopId, new OrderId(orderId)));
    }

    @Operation(summary = "Reject a paid order of your shop; the customer is refunded")
    @PostMapping("/api/shops/{shopId}/orders/{orderId}/reject")
    @PreAuthorize("hasRole('OWNER')")
    OrderResponse reject(
            Caller caller,
            @PathVariable UUID shopId,
            @PathVariable UUID orderId,
            @Valid @RequestBody(required = false) @Nullable RejectRequest request) {
        var reason = request == null || request.reason() == null ? "no reason given" : request.reason();
        return OrderResponse.of(orders.reject(caller.id(), shopId, new OrderId(orderId), reason));
    }

    @Operation(
            summary = "Cancel one line of a paid order of your shop before pick-up",
            description = "Lines are numbered from 0 in the order's items. The customer is refunded the line, less"
                    + " what the coupon no longer takes off once its rules are applied to what is left; a coupon"
                    + " whose minimum is no longer reached goes back to the customer. The last line left cannot be"
                    + " cancelled on its own: reject the order instead.")
    @PostMapping("/api/shops/{shopId}/orders/{orderId}/lines/{line}/cancel")
    @PreAuthorize("hasRole('OWNER')")
    OrderResponse cancelLine(
            Caller caller,
            @PathVariable UUID shopId,
            @PathVariable UUID orderId,
            @PathVariable @Min(0) @Max(49) int line,
            @Valid @RequestBody CancelLineRequest request) {
        return OrderResponse.of(orders.cancelLine(caller.id(), shopId, new OrderId(orderId), line, request.reason()));
    }

    @Operation(summary = "Your orders, newest first")
    @GetMapping("/api/me/orders")
    @PreAuthorize("hasRole('CUSTOMER')")
    OrdersPage myOrders(
            Caller caller,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var items = orders.customerOrders(caller.id(), page, size).stream()
                .map(OrderResponse::of)
                .toList();
        return new OrdersPage(items, page, size);
    }

    /** One page of a customer's orders. */
    record OrdersPage(List<OrderResponse> items, int page, int size) {}

    @Operation(summary = "Your shop's orders, newest first, optionally in one status")
    @GetMapping("/api/shops/{shopId}/orders")
    @PreAuthorize("hasRole('OWNER')")
    List<OrderResponse> shopOrders(
            Caller caller,
            @PathVariable UUID shopId,
            @RequestParam(required = false) @Nullable OrderStatus status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return orders.shopOrders(caller.id(), shopId, status, limit).stream()
                .map(OrderResponse::of)
                .toList();
    }

    record PlaceOrderRequest(
            @NotNull UUID shopId,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull ItemRequest> items,
            @NotBlank @Size(max = 200) String deliveryAddress,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lng,
            @Nullable UUID couponId,
            @Nullable @Min(0) @Max(10_000_000) Long points) {}

    record ItemRequest(
            @NotNull UUID menuId,
            @NotNull @Min(1) @Max(99) Integer quantity,

            @Schema(description = "Options by name alone, each of the one option group that has it")
            @Nullable
            @Size(max = 30)
            List<@NotBlank @Size(max = 50) String> optionNames,

            @Schema(description = "The options chosen, per option group of the menu") @Nullable @Size(max = 10)
            List<@Valid @NotNull ChoiceRequest> choices) {}

    record ChoiceRequest(
            @NotBlank @Size(max = 50) String group,
            @NotNull @Size(max = 30) List<@NotBlank @Size(max = 50) String> options) {}

    record RejectRequest(@Nullable @Size(max = 150) String reason) {}

    record CancelLineRequest(
            @Schema(description = "Why, as the customer will read it", example = "out of cheese")
            @NotBlank
            @Size(max = 150)
            String reason) {}

    record OrderResponse(
            UUID id,
            String number,
            UUID shopId,
            String status,
            long totalAmount,
            long discountAmount,
            @Nullable UUID couponId,
            long pointsUsed,
            long paymentAmount,
            long deliveryFee,
            List<ItemResponse> items,
            String deliveryAddress,
            double lat,
            double lng,
            @Nullable String cancelReason,
            @Nullable UUID deliveryId,
            List<HistoryResponse> history) {

        static OrderResponse of(Order order) {
            var items = order.lines().stream()
                    .map(line -> new ItemResponse(
                            line.menuId(),
                            line.name(),
                            line.quantity(),
                            line.unitPrice().won(),
                            line.options().stream()
                                    .map(o -> new OptionResponse(
                                            o.group(), o.name(), o.price().won()))
                                    .toList(),
                            line.amount().won(),
                            line.cancelled(),
                            line.cancelReason()))
                    .toList();
            var address = order.deliveryAddress();
            return new OrderResponse(
                    order.getId().id(),
                    order.number().value(),
                    order.shopId(),
                    order.status().name(),
                    order.totalAmount().won(),
                    order.discountAmount().won(),
                    order.couponId(),
                    order.pointsUsed().won(),
                    order.paymentAmount().won(),
                    order.deliveryFee().won(),
                    items,
                    address.text(),
                    address.location().lat(),
                    address.location().lng(),
                    order.cancelReason(),
                    order.deliveryId(),
                    order.history().stream()
                            .map(h -> new HistoryResponse(h.status().name(), h.at()))
                            .toList());
        }
    }

    record ItemResponse(
            UUID menuId,
            String name,
            int quantity,
            long unitPrice,
            List<OptionResponse> options,
            long amount,

            @Schema(description = "Cancelled by the shop; no longer counted in the order's amounts")
            boolean cancelled,

            @Nullable String cancelReason) {}

    record OptionResponse(String group, String name, long price) {}

    record HistoryResponse(String status, Instant at) {}
}
