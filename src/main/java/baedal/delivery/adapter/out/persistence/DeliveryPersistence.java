package baedal.delivery.adapter.out.persistence;

import baedal.delivery.domain.Delivery;
import baedal.platform.jdbc.StoredIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/** The delivery module's Spring Data JDBC repositories (this package only) and where they store their aggregates. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(considerNestedRepositories = false)
class DeliveryPersistence {

    @Bean
    StoredIn deliveriesTable() {
        return new StoredIn(Delivery.class, "delivery.deliveries");
    }
}
