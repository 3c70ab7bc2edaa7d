package baedal.account.adapter.in.web;

import static baedal.platform.web.WebPages.page;

import baedal.platform.web.WebPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Signing in and signing up, for everyone. */
@Configuration(proxyBeanMethods = false)
class AccountWebPages {

    @Bean
    WebPages accountPageSet() {
        return WebPages.beside(
                AccountWebPages.class,
                page("/signin", "signin", "Sign in", null),
                page("/signup", "signup", "Sign up", null));
    }
}
