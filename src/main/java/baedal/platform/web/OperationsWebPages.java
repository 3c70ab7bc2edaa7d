package baedal.platform.web;

import static baedal.platform.web.WebPages.page;

import baedal.kernel.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The operators' start page: event publications waiting or failed, re-publishing, and the health of it all. */
@Configuration(proxyBeanMethods = false)
class OperationsWebPages {

    @Bean
    WebPages operationsPageSet() {
        return WebPages.beside(
                OperationsWebPages.class,
                page("/ops", "ops", "Events and health", Role.ADMIN).inNavigation("Events"));
    }
}
