package baedal.payment.adapter.in.web;

import baedal.payment.domain.NotYourOrderException;
import baedal.payment.domain.PaymentNotFoundException;
import baedal.platform.web.ProblemMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the payment module's refusals read over HTTP: the status and title of each. */
@Configuration(proxyBeanMethods = false)
class PaymentProblems {

    @Bean
    ProblemMapping paymentProblemMapping() {
        return ProblemMapping.of().notFound(PaymentNotFoundException.class).forbidden(NotYourOrderException.class);
    }
}
