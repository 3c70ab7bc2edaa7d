package baedal.coupon.adapter.in.web;

import static baedal.platform.web.WebPages.page;

import baedal.kernel.Role;
import baedal.platform.web.WebPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customer's coupons, points and flash sales to claim; the operators' campaigns with their live tally. */
@Configuration(proxyBeanMethods = false)
class CouponWebPages {

    @Bean
    WebPages couponPageSet() {
        return WebPages.beside(
                CouponWebPages.class,
                page("/coupons", "coupons", "Coupons and points", Role.CUSTOMER).inNavigation("Coupons"),
                page("/ops/coupons", "ops-coupons", "Coupon campaigns", Role.ADMIN)
                        .inNavigation("Flash sales"));
    }
}
