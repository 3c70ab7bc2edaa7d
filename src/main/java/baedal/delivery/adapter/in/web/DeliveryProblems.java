package baedal.delivery.adapter.in.web;

import baedal.delivery.domain.DeliveryNotFoundException;
import baedal.delivery.domain.DeliveryStepOutOfOrderException;
import baedal.delivery.domain.NotYourDeliveryException;
import baedal.platform.web.ProblemMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the delivery module's refusals read over HTTP: the status and title of each. */
@Configuration(proxyBeanMethods = false)
class DeliveryProblems {

    @Bean
    ProblemMapping deliveryProblemMapping() {
        return ProblemMapping.of()
                .notFound(DeliveryNotFoundException.class)
                .conflict(DeliveryStepOutOfOrderException.class)
                .forbidden(NotYourDeliveryException.class);
    }
}
