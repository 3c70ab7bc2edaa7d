package baedal.coupon.adapter.out.persistence;

import baedal.coupon.domain.Coupon;
import baedal.platform.jdbc.StoredIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/** The coupon module's Spring Data JDBC repositories (this package only) and where they store their aggregates. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(considerNestedRepositories = false)
class CouponPersistence {

    @Bean
    StoredIn couponsTable() {
        return new StoredIn(Coupon.class, "coupon.coupons");
    }
}
