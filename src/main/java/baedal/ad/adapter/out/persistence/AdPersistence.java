package baedal.ad.adapter.out.persistence;

import baedal.ad.domain.AdContract;
import baedal.platform.jdbc.StoredIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/** The ad module's Spring Data JDBC repositories (this package only) and where they store their aggregates. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(considerNestedRepositories = false)
class AdPersistence {

    @Bean
    StoredIn adContractsTable() {
        return new StoredIn(AdContract.class, "ad.contracts");
    }
}
