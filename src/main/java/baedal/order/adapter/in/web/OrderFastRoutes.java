package baedal.order.adapter.in.web;

import baedal.order.adapter.in.web.OrderController.PlaceOrderRequest;
import baedal.shared.kernel.Role;
import baedal.shared.web.FastRoute;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order endpoints every order passes through (placing it, the customer following it, the owner accepting it) are
 * served ahead of the security chain and MVC by {@link OrderController}'s own methods.
 */
@Configuration(proxyBeanMethods = false)
class OrderFastRoutes {

    @Bean
    FastRoute orderPlace(OrderController orders) {
        return FastRoute.post(
                "/api/orders",
                PlaceOrderRequest.class,
                request -> {
                    var key = request.header("Idempotency-Key");
                    // Without the header, MVC answers with its 400.
                    return key == null
                            ? FastRoute.DECLINED
                            : orders.place(request.caller(), key, request.body(PlaceOrderRequest.class));
                },
                Role.CUSTOMER);
    }

    @Bean
    FastRoute orderView(OrderController orders) {
        return FastRoute.get("/api/orders/{orderId}", request -> orders.view(request.caller(), request.id(0)));
    }

    @Bean
    FastRoute orderAccept(OrderController orders) {
        return FastRoute.post(
                "/api/shops/{shopId}/orders/{orderId}/accept",
                request -> orders.accept(request.caller(), request.id(0), request.id(1)),
                Role.OWNER);
    }
}
