package baedal.delivery.adapter.in.web;

import static baedal.platform.web.WebPages.page;

import baedal.kernel.Role;
import baedal.platform.web.WebPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rider's deliveries: pick up at the shop, hand over at the door. */
@Configuration(proxyBeanMethods = false)
class DeliveryWebPages {

    @Bean
    WebPages deliveryPageSet() {
        return WebPages.beside(
                DeliveryWebPages.class,
                page("/rider", "rider", "My deliveries", Role.RIDER).inNavigation("Deliveries"));
    }
}
