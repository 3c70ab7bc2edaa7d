package baedal.platform.jdbc;

import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code baedal.jdbc.count-round-trips=true}, wraps the application's data source (the pool) in datasource-proxy
 * and counts every call that goes to the database into {@link RoundTrips}. Off by default: the benchmarks and the
 * round-trip budget test turn it on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("baedal.jdbc.count-round-trips")
class RoundTripCounting {

    @Bean
    static RoundTrips roundTrips() {
        return new RoundTrips();
    }

    @Bean
    static BeanPostProcessor countedDataSource(RoundTrips roundTrips) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!name.equals("dataSource") || !(bean instanceof DataSource dataSource)) {
                    return bean;
                }
                return ProxyDataSourceBuilder.create(dataSource)
                        .name("baedal")
                        .listener(new Executions(roundTrips))
                        .methodListener(new Calls(roundTrips))
                        .build();
            }
        };
    }

    /** Each execution of a statement, and its SQL. */
    private record Executions(RoundTrips roundTrips) implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            roundTrips.executed(queries.isEmpty() ? "" : queries.getFirst().getQuery());
        }
    }

    /** Prepares, commits, rollbacks and auto-commit switches. */
    private record Calls(RoundTrips roundTrips) implements MethodExecutionListener {

        @Override
        public void beforeMethod(MethodExecutionContext context) {}

        @Override
        public void afterMethod(MethodExecutionContext context) {
            switch (context.getMethod().getName()) {
                case "prepareStatement", "prepareCall" -> roundTrips.count(RoundTrips.Kind.PREPARE);
                case "commit" -> roundTrips.count(RoundTrips.Kind.COMMIT);
                case "rollback" -> roundTrips.count(RoundTrips.Kind.ROLLBACK);
                case "setAutoCommit" -> roundTrips.count(RoundTrips.Kind.AUTO_COMMIT);
                default -> {}
            }
        }
    }
}
