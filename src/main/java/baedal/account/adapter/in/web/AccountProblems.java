package baedal.account.adapter.in.web;

import baedal.account.domain.UsernameTakenException;
import baedal.platform.web.ProblemMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the account module's refusals read over HTTP: the status and title of each. */
@Configuration(proxyBeanMethods = false)
class AccountProblems {

    @Bean
    ProblemMapping accountProblemMapping() {
        return ProblemMapping.of().conflict(UsernameTakenException.class);
    }
}
