package baedal.coupon.adapter.in.web;

import baedal.coupon.application.CouponManagement;
import baedal.shared.security.BearerAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class CouponWebConfiguration {

    /**
     * Ahead of the observation filter ({@code HIGHEST_PRECEDENCE + 1}) and Spring Security (-100), like the display
     * fast path: claims are not in {@code http.server.requests}; the coupon module counts them itself.
     */
    @Bean
    FilterRegistrationBean<CouponFastPath> couponFastPath(
            CouponManagement coupons,
            BearerAuthentication authentication,
            JsonMapper json,
            @Value("${baedal.coupon.fast-path:true}") boolean enabled) {
        var registration = new FilterRegistrationBean<>(new CouponFastPath(coupons, authentication, json));
        registration.addUrlPatterns("/api/coupon-campaigns/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(enabled);
        return registration;
    }
}
