package baedal.settlement.adapter.in.web;

import baedal.platform.web.ProblemMapping;
import baedal.settlement.application.InvalidPeriodException;
import baedal.settlement.application.NotYourShopException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the settlement module's refusals read over HTTP: the status and title of each. */
@Configuration(proxyBeanMethods = false)
class SettlementProblems {

    @Bean
    ProblemMapping settlementProblemMapping() {
        return ProblemMapping.of().forbidden(NotYourShopException.class).unprocessable(InvalidPeriodException.class);
    }
}
