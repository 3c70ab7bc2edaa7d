package baedal.platform.web;

import baedal.platform.security.EndpointAuthorization;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class EarlyRoutesConfiguration {

    /**
     * First of all filters, ahead of the observation filter and Spring Security: early answers are not in
     * {@code http.server.requests} (their modules count them). {@code baedal.web.early-routes=false} sends every
     * request through the security chain and MVC.
     */
    @Bean
    FilterRegistrationBean<EarlyRoutes> earlyRoutes(
            List<EarlyRoute> routes,
            EndpointAuthorization endpoints,
            @Value("${baedal.web.early-routes:true}") boolean enabled) {
        var registration = new FilterRegistrationBean<>(new EarlyRoutes(routes, endpoints));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(enabled && !routes.isEmpty());
        return registration;
    }

    /** Right after the early routes (which answer only bodiless GETs): no body beyond the cap reaches anything. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            @Value("${baedal.web.max-request-body:1MB}") DataSize max) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimit(max.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
