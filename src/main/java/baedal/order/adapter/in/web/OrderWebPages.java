package baedal.order.adapter.in.web;

import static baedal.platform.web.WebPages.page;

import baedal.kernel.Role;
import baedal.platform.web.WebPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customer's cart, order tracking and order list; the owner's live order board. */
@Configuration(proxyBeanMethods = false)
class OrderWebPages {

    @Bean
    WebPages orderPageSet() {
        return WebPages.beside(
                OrderWebPages.class,
                page("/cart", "cart", "Your cart", Role.CUSTOMER).inNavigation("Cart"),
                page("/order", "order", "Your order", Role.CUSTOMER),
                page("/orders", "orders", "My orders", Role.CUSTOMER).inNavigation("My orders"),
                page("/owner", "board", "Order board", Role.OWNER).inNavigation("Orders"));
    }
}
