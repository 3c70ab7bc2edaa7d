package baedal.display.adapter.in.web;

import baedal.display.application.ShopNotListedException;
import baedal.platform.web.ProblemMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the display's refusals read over HTTP: the status and title of each. */
@Configuration(proxyBeanMethods = false)
class DisplayProblems {

    @Bean
    ProblemMapping displayProblemMapping() {
        return ProblemMapping.of().notFound(ShopNotListedException.class);
    }
}
