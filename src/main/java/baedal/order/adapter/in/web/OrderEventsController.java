package baedal.order.adapter.in.web;

import baedal.kernel.Role;
import baedal.order.adapter.in.web.OrderController.OrderResponse;
import baedal.order.application.OrderManagement;
import baedal.order.application.OrderStatusUpdates;
import baedal.order.domain.OrderId;
import baedal.order.domain.StatusMark;
import baedal.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live order status as Server-Sent Events, whichever instance the browser is connected to: an order's steps for its
 * customer (each event named by the status it reached), and every new or changed order of a shop for its owner.
 * The caller is checked before the stream opens, so a refusal is a problem detail like on every other endpoint.
 */
@PrimaryAdapter
@RestController
@Tag(name = "order")
class OrderEventsController {

    private final OrderManagement orders;
    private final OrderStatusUpdates feed;
    private final OrderStreams streams;

    OrderEventsController(OrderManagement orders, OrderStatusUpdates feed, OrderStreams streams) {
        this.orders = orders;
        this.feed = feed;
        this.streams = streams;
    }

    @Operation(
            summary = "An order's status changes as they happen (its customer, the shop's owner, or an admin)",
            description = "Server-Sent Events: first every step so far, then each new one; the event name is the"
                    + " status, the data {orderId, position, status, at}.")
    @PreAuthorize("isAuthenticated()")
    @GetMapping(path = "/api/orders/{orderId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter orderEvents(Caller caller, @PathVariable UUID orderId) {
        var id = new OrderId(orderId);
        var admin = caller.has(Role.ADMIN);
        // the history is read (and the caller checked) before the stream is answered, so a refusal is a problem detail
        return streams.open(stream -> feed.watchOrder(id, mark -> stream.send(step(mark))), stream -> {
            var history = orders.view(caller.id(), admin, id).history();
            return IntStream.range(0, history.size())
                    .mapToObj(i -> {
                        var change = history.get(i);
                        return new OrderStream.Step(
                                orderId,
                                i,
                                change.status().name(),
                                new StatusEvent(orderId, i, change.status().name(), change.at()));
                    })
                    .toList();
        });
    }

    @Operation(
            summary = "Your shop's new and changed orders as they happen",
            description = "Server-Sent Events: one event per step of any order of the shop from the moment of"
                    + " connecting; the event name is the status the order reached, the data the order as"
                    + " GET /api/orders/{orderId} returns it.")
    @PreAuthorize("hasRole('OWNER')")
    @GetMapping(path = "/api/shops/{shopId}/orders/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter shopOrderEvents(Caller caller, @PathVariable UUID shopId) {
        orders.shopOrders(caller.id(), shopId, null, 1);
        return streams.open(
                stream -> feed.watchShop(
                        shopId,
                        mark -> stream.send(new OrderStream.Step(
                                mark.orderId().id(),
                                mark.position(),
                                mark.status().name(),
                                OrderResponse.of(orders.view(caller.id(), false, mark.orderId()))))),
                stream -> List.of());
    }

    private static OrderStream.Step step(StatusMark mark) {
        var orderId = mark.orderId().id();
        var status = mark.status().name();
        return new OrderStream.Step(
                orderId, mark.position(), status, new StatusEvent(orderId, mark.position(), status, mark.at()));
    }

    /** One step of an order's timeline. */
    record StatusEvent(UUID orderId, int position, String status, Instant at) {}
}
