package baedal.order.adapter.in.web;

import baedal.shared.kernel.Role;
import baedal.shared.web.FastRoute;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order endpoints every order passes through several times (the customer following it, the owner accepting it)
 * are served ahead of the security chain and MVC by {@link OrderController}'s own methods.
 */
@Configuration(proxyBeanMethods = false)
class OrderFastRoutes {

    @Bean
    FastRoute orderView(OrderController orders) {
        return FastRoute.get("/api/orders/{orderId}", (caller, ids) -> orders.view(caller, ids.get(0)));
    }

    @Bean
    FastRoute orderAccept(OrderController orders) {
        return FastRoute.post(
                "/api/shops/{shopId}/orders/{orderId}/accept",
                (caller, ids) -> orders.accept(caller, ids.get(0), ids.get(1)),
                Role.OWNER);
    }
}
