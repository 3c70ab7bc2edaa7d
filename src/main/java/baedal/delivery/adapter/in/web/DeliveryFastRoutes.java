package baedal.delivery.adapter.in.web;

import baedal.shared.kernel.Role;
import baedal.shared.security.Caller;
import baedal.shared.web.FastRoute;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A rider's pick-up and hand-over, once per order each, served ahead of the security chain and MVC. */
@Configuration(proxyBeanMethods = false)
class DeliveryFastRoutes {

    @Bean
    FastRoute deliveryPickUp(DeliveryController deliveries) {
        return riderStep("/api/deliveries/{deliveryId}/pickup", deliveries::pickUp);
    }

    @Bean
    FastRoute deliveryComplete(DeliveryController deliveries) {
        return riderStep("/api/deliveries/{deliveryId}/complete", deliveries::complete);
    }

    /** A step of the delivery in the path, answered with an empty 200 as the controller's void method is. */
    private static FastRoute riderStep(String pattern, BiConsumer<Caller, UUID> step) {
        return FastRoute.post(
                pattern,
                request -> {
                    step.accept(request.caller(), request.id(0));
                    return null;
                },
                Role.RIDER,
                Role.ADMIN);
    }
}
