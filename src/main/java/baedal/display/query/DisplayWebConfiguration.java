package baedal.display.query;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisplayProperties.class)
class DisplayWebConfiguration {

    /**
     * Ahead of the observation filter ({@code HIGHEST_PRECEDENCE + 1}) and Spring Security (-100): at display's request
     * rates a per-request observation roughly halves the throughput (figures in {@code bench/README.md}), so these GETs
     * are not in {@code http.server.requests}; {@link DisplayHttp} counts them ({@code baedal.display.requests}).
     */
    @Bean
    FilterRegistrationBean<DisplayFastPath> displayFastPath(DisplayHttp http, DisplayProperties properties) {
        var registration = new FilterRegistrationBean<>(new DisplayFastPath(http));
        registration.addUrlPatterns("/api/display/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(properties.fastPath());
        return registration;
    }
}
