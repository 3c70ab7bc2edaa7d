package baedal.legacy.adapter.out.legacy;

import baedal.legacy.application.OrderMirror;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the legacy order table over a connection pool of its own (mssql-jdbc in production, H2 in SQL Server mode by
 * default), in a transaction of its own: the order module's database is never touched here, and a legacy database
 * that is down only fails this listener, whose event then waits in the outbox.
 */
@SecondaryAdapter
@Component
@ConditionalOnBooleanProperty("baedal.legacy.enabled")
class LegacyDatabaseAdapter implements OrderMirror, DisposableBean {

    private final HikariDataSource pool;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean createSchema;
    private volatile boolean schemaReady;

    LegacyDatabaseAdapter(LegacyProperties properties, Clock clock) {
        this.pool = new HikariDataSource();
        pool.setPoolName("legacy");
        pool.setJdbcUrl(properties.url());
        pool.setUsername(properties.username());
        pool.setPassword(properties.password());
        pool.setMaximumPoolSize(4);
        pool.setInitializationFailTimeout(-1); // start even when the legacy database is down
        pool.setConnectionTimeout(2_000);
        this.jdbc = JdbcClient.create(pool);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
        this.clock = clock;
        this.createSchema = properties.createSchema();
    }

    @Override
    public void upsert(MirroredOrder order) {
        ensureSchema();
        transactions.executeWithoutResult(status -> {
            var updated = jdbc.sql("""
                            UPDATE ORDER_MIRROR SET ORDER_STATUS = :status, TOTAL_AMT = :total, DISC_AMT = :discount,
                                PAY_AMT = :paid, ORDER_VER = :version, SYNC_DT = :now
                            WHERE ORDER_NO = :id AND ORDER_VER < :version""").params(parameters(order)).update();
            if (updated == 0) {
                try {
                    jdbc.sql("""
                                    INSERT INTO ORDER_MIRROR (ORDER_NO, SHOP_NO, CUST_NO, ORDER_STATUS, TOTAL_AMT, DISC_AMT,
                                        PAY_AMT, ORDER_VER, SYNC_DT)
                                    VALUES (:id, :shop, :customer, :status, :total, :discount, :paid, :version, :now)""").params(parameters(order)).update();
                } catch (DuplicateKeyException mirroredAlready) {
                    // the mirror holds this version or a newer one
                }
            }
        });
    }

    private java.util.Map<String, Object> parameters(MirroredOrder order) {
        return java.util.Map.of(
                "id", order.orderId(),
                "shop", order.shopId(),
                "customer", order.customerId(),
                "status", order.status(),
                "total", order.totalAmount(),
                "discount", order.discountAmount(),
                "paid", order.paymentAmount(),
                "version", order.version(),
                "now", Instant.now(clock));
    }

    private void ensureSchema() {
        if (createSchema && !schemaReady) {
            synchronized (this) {
                if (!schemaReady) {
                    Flyway.configure()
                            .dataSource(pool)
                            .locations("classpath:legacy-schema")
                            .table("flyway_legacy_history")
                            .load()
                            .migrate();
                    schemaReady = true;
                }
            }
        }
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
