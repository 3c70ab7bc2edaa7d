package baedal.shared.web;

import baedal.shared.security.BearerAuthentication;
import jakarta.validation.Validator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class FastRoutesConfiguration {

    /**
     * Behind the observation filter ({@code HIGHEST_PRECEDENCE + 1}), so the routes are measured like every other
     * request, and ahead of Spring Security ({@code -100}). {@code baedal.web.fast-routes=false} sends every request
     * through the security chain and MVC.
     */
    @Bean
    FilterRegistrationBean<FastRoutes> fastRoutes(
            List<FastRoute> routes,
            BearerAuthentication authentication,
            JsonMapper json,
            Validator validator,
            @Value("${baedal.web.fast-routes:true}") boolean enabled) {
        var registration = new FilterRegistrationBean<>(new FastRoutes(routes, authentication, json, validator));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setEnabled(enabled && !routes.isEmpty());
        return registration;
    }
}
