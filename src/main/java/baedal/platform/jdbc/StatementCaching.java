package baedal.platform.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.commons.dbcp2.DelegatingPreparedStatement;
import org.apache.commons.dbcp2.PStmtKey;
import org.apache.commons.dbcp2.PoolingConnection;
import org.apache.commons.pool2.impl.GenericKeyedObjectPool;
import org.apache.commons.pool2.impl.GenericKeyedObjectPoolConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Each pooled connection keeps the statements it prepared ({@code baedal.jdbc.statements-per-connection}, Apache
 * Commons DBCP's {@link PoolingConnection} between Hikari and the driver), so that a statement run again on the same
 * connection is only executed: with H2's client every prepare is a round trip of its own. Off (0) where the driver
 * pools statements itself (mssql-jdbc, the {@code mssql} profile). Above the round-trip counter, so that only the
 * prepares that reach the driver are counted.
 */
@Configuration(proxyBeanMethods = false)
class StatementCaching {

    /**
     * H2's client prepares a statement again once its session has created this many objects since (statements and
     * results, 64 by default), because the server may have let it go. The server lets objects go only while a session
     * holds more than twice its own setting (128 by default) at once, which a connection keeping at most {@link
     * #MOST_PER_CONNECTION} statements never does, so the client need not re-prepare.
     */
    static final String H2_CACHED_OBJECTS = "h2.serverCachedObjects";

    /** Stays under the 128 objects an H2 server with default settings keeps for one session. */
    static final int MOST_PER_CONNECTION = 100;

    private static final Logger log = LoggerFactory.getLogger(StatementCaching.class);

    @Bean
    static BeanPostProcessor statementCache(Environment environment) {
        int size = environment.getProperty("baedal.jdbc.statements-per-connection", Integer.class, 0);
        if (size > MOST_PER_CONNECTION) {
            throw new IllegalArgumentException("baedal.jdbc.statements-per-connection is at most " + MOST_PER_CONNECTION
                    + " (what an H2 server keeps for one session), not " + size);
        }
        if (size > 0 && System.getProperty(H2_CACHED_OBJECTS) == null) {
            System.setProperty(H2_CACHED_OBJECTS, "100000");
        }
        return new Caching(size);
    }

    /** Puts the cache under the pool, above whatever the pool already takes its connections from. */
    private record Caching(int size) implements BeanPostProcessor, Ordered {

        @Override
        public Object postProcessBeforeInitialization(Object bean, String name) {
            if (size > 0
                    && name.equals("dataSource")
                    && bean instanceof HikariDataSource pool
                    && pool.getJdbcUrl() != null) {
                pool.setDataSource(new StatementCachingDataSource(PoolSource.of(pool), size));
                log.info("Each pooled connection keeps up to {} prepared statements", size);
            }
            return bean;
        }

        /** After the round-trip counter, which goes right above the driver. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Hands out connections that keep their prepared statements, each up to a number, the oldest idle ones let go first. */
    static final class StatementCachingDataSource extends DelegatingDataSource {

        private final int size;

        StatementCachingDataSource(DataSource target, int size) {
            super(target);
            this.size = size;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return caching(obtainTargetDataSource().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return caching(obtainTargetDataSource().getConnection(username, password));
        }

        private Connection caching(Connection connection) {
            var caching = new PoolingConnection(connection);
            var config = new GenericKeyedObjectPoolConfig<DelegatingPreparedStatement>();
            config.setMaxTotal(size);
            config.setMaxTotalPerKey(-1);
            config.setMaxIdlePerKey(1);
            config.setBlockWhenExhausted(false);
            config.setJmxEnabled(false);
            caching.setStatementPool(
                    new GenericKeyedObjectPool<PStmtKey, DelegatingPreparedStatement>(caching, config));
            return caching;
        }
    }
}
