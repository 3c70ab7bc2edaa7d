package baedal.platform.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
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
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;

/**
 * With {@code baedal.jdbc.count-round-trips=true}, puts datasource-proxy between the connection pool and the database
 * driver and counts every call that goes to the database into {@link RoundTrips}. Off by default: the benchmarks and the
 * tests turn it on. With {@code baedal.jdbc.writes-need-transactions=true} as well (the tests), a statement that
 * changes data outside a transaction (auto-commit on) fails before it reaches the database: every write of the
 * application runs in a transaction, which is what lets the pool hand out connections with auto-commit off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("baedal.jdbc.count-round-trips")
class RoundTripCounting {

    private static final Pattern WRITE =
            Pattern.compile("^\\s*(INSERT|UPDATE|DELETE|MERGE)\\b", Pattern.CASE_INSENSITIVE);

    @Bean
    static RoundTrips roundTrips() {
        return new RoundTrips();
    }

    @Bean
    static BeanPostProcessor countedDataSource(RoundTrips roundTrips, Environment environment) {
        var writesNeedTransactions =
                environment.getProperty("baedal.jdbc.writes-need-transactions", Boolean.class, false);
        return new Counting(roundTrips, writesNeedTransactions);
    }

    /** Right above the driver: first of the data source's wrappers (see {@link StatementCaching}). */
    private record Counting(RoundTrips roundTrips, boolean writesNeedTransactions)
            implements BeanPostProcessor, PriorityOrdered {

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        /**
         * Below the pool where there is one (Hikari takes its connections from the counting proxy), so that what
         * the pool itself sends is counted too: the rollback of a connection given back inside a transaction, the
         * check of a connection that was idle, the reset of its auto-commit.
         */
        @Override
        public Object postProcessBeforeInitialization(Object bean, String name) {
            if (name.equals("dataSource") && bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
                pool.setDataSource(counted(PoolSource.of(pool)));
            }
            return bean;
        }

        /** Above it where there is none of ours to go under. */
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (!name.equals("dataSource") || !(bean instanceof DataSource dataSource)) {
                return bean;
            }
            return bean instanceof HikariDataSource pool && pool.getDataSource() != null ? bean : counted(dataSource);
        }

        private DataSource counted(DataSource dataSource) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name("baedal")
                    .listener(new Executions(roundTrips, writesNeedTransactions))
                    .methodListener(new Calls(roundTrips))
                    .build();
        }
    }

    /** Each execution of a statement, and its SQL; a write outside a transaction refused, where that is asked for. */
    private record Executions(RoundTrips roundTrips, boolean writesNeedTransactions) implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            if (!writesNeedTransactions || queries.isEmpty()) {
                return;
            }
            var sql = queries.getFirst().getQuery();
            boolean autoCommit;
            try {
                autoCommit = execution.getStatement().getConnection().getAutoCommit();
            } catch (SQLException e) {
                return;
            }
            if (autoCommit && WRITE.matcher(sql).find()) {
                throw new IllegalStateException("A write outside a transaction (auto-commit on) on thread "
                        + Thread.currentThread().getName() + ": " + sql);
            }
        }

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
                case "prepareStatement", "prepareCall" ->
                    roundTrips.prepared(context.getTarget(), String.valueOf(context.getMethodArgs()[0]));
                case "commit" -> roundTrips.count(RoundTrips.Kind.COMMIT);
                case "rollback" -> roundTrips.count(RoundTrips.Kind.ROLLBACK);
                case "setAutoCommit" -> roundTrips.count(RoundTrips.Kind.AUTO_COMMIT);
                case "isValid", "setTransactionIsolation", "setCatalog", "setSchema" ->
                    roundTrips.count(RoundTrips.Kind.OTHER);
                default -> {}
            }
        }
    }
}
