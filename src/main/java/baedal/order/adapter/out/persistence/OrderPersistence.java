package baedal.order.adapter.out.persistence;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * The order module's Spring Data JDBC repositories (this package only). Orders themselves are stored by
 * {@link OrderJdbcAdapter}, by hand, for the round trips it saves.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(considerNestedRepositories = false)
class OrderPersistence {}
