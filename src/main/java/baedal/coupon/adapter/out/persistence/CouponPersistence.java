package baedal.coupon.adapter.out.persistence;

import baedal.coupon.domain.Coupon;
import baedal.coupon.domain.CouponCampaign;
import baedal.coupon.domain.Discount;
import baedal.platform.jdbc.StoredIn;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/** The coupon module's Spring Data JDBC repositories (this package only) and where they store their aggregates. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(considerNestedRepositories = false)
class CouponPersistence {

    @Bean
    StoredIn campaignsTable() {
        return new StoredIn(CouponCampaign.class, "coupon.campaigns");
    }

    @Bean
    StoredIn discountColumns() {
        return StoredIn.columnsOf(
                Discount.class,
                Map.of("amount", "discount_amount", "percent", "discount_percent", "max", "max_discount"));
    }

    @Bean
    StoredIn couponsTable() {
        return new StoredIn(Coupon.class, "coupon.coupons");
    }
}
