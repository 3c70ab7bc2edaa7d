package baedal.display.query;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisplayProperties.class)
class DisplayWebConfiguration {

    /** Ahead of Spring Security (-100), behind the observation filter, so fast-path requests are still measured. */
    @Bean
    FilterRegistrationBean<DisplayFastPath> displayFastPath(DisplayHttp http, DisplayProperties properties) {
        var registration = new FilterRegistrationBean<>(new DisplayFastPath(http));
        registration.addUrlPatterns("/api/display/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(properties.fastPath());
        return registration;
    }
}
