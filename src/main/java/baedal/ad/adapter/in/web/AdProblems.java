package baedal.ad.adapter.in.web;

import baedal.ad.domain.AdContractNotFoundException;
import baedal.platform.web.ProblemMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the ad module's refusals read over HTTP: the status and title of each. */
@Configuration(proxyBeanMethods = false)
class AdProblems {

    @Bean
    ProblemMapping adProblemMapping() {
        return ProblemMapping.of().notFound(AdContractNotFoundException.class);
    }
}
