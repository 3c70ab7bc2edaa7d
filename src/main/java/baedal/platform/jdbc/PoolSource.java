package baedal.platform.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import javax.sql.DataSource;

/** Where a Hikari pool takes its connections from, for the wrappers that go between it and the driver. */
final class PoolSource {

    private PoolSource() {}

    /** The data source the pool was given, or the driver it would open connections with itself. */
    static DataSource of(HikariDataSource pool) {
        return pool.getDataSource() != null
                ? pool.getDataSource()
                : new DriverDataSource(
                        pool.getJdbcUrl(),
                        pool.getDriverClassName(),
                        pool.getDataSourceProperties(),
                        pool.getUsername(),
                        pool.getPassword());
    }
}
