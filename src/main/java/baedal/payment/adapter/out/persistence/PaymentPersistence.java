package baedal.payment.adapter.out.persistence;

import baedal.payment.domain.Payment;
import baedal.platform.jdbc.StoredIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/** The payment module's Spring Data JDBC repositories (this package only) and where they store their aggregates. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(considerNestedRepositories = false)
class PaymentPersistence {

    @Bean
    StoredIn paymentsTable() {
        return new StoredIn(Payment.class, "payment.payments");
    }
}
