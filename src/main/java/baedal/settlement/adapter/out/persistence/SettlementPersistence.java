package baedal.settlement.adapter.out.persistence;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/** The settlement module's Spring Data JDBC repositories (this package only). */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(considerNestedRepositories = false)
class SettlementPersistence {}
