package baedal.account.adapter.in.web;

import baedal.account.application.SignInFailedException;
import baedal.account.application.TooManySignInsException;
import baedal.account.application.WeakPasswordException;
import baedal.account.domain.UsernameTakenException;
import baedal.platform.web.ProblemMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/** How the account module's refusals read over HTTP: the status and title of each. */
@Configuration(proxyBeanMethods = false)
class AccountProblems {

    @Bean
    ProblemMapping accountProblemMapping() {
        return ProblemMapping.of()
                .conflict(UsernameTakenException.class)
                .map(SignInFailedException.class, HttpStatus.UNAUTHORIZED, "Sign-in failed")
                .map(TooManySignInsException.class, HttpStatus.TOO_MANY_REQUESTS, "Too many sign-ins")
                .map(WeakPasswordException.class, HttpStatus.BAD_REQUEST, "Invalid request");
    }
}
