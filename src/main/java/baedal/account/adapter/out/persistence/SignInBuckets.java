package baedal.account.adapter.out.persistence;

import io.github.bucket4j.BucketExceptions.BucketExecutionException;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j's lock-read-write protocol on {@code account.sign_in_limits}, in SQL that SQL Server and H2 both run: a
 * bucket's row is locked by an {@code UPDATE} that changes nothing (the portable {@code SELECT … FOR UPDATE}), read,
 * and written back in the same transaction, so instances taking from one bucket at once are serialised by the
 * database. Bucket4j ships this for SQL Server only in a module this build cannot get; the protocol is its own, the
 * statements are ours ({@code SignInLimitsJdbcAdapterTests} runs them).
 */
final class SignInBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

    private final DataSource dataSource;

    SignInBuckets(DataSource dataSource, ClientSideConfig config) {
        super(config);
        this.dataSource = dataSource;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
        return new SelectForUpdateBasedTransaction() {

            @Override
            public void begin(Optional<Long> timeout) {
                run(() -> connection.setAutoCommit(false));
            }

            @Override
            public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
                try (var lock = connection.prepareStatement("UPDATE account.sign_in_limits SET id = id WHERE id = ?")) {
                    lock.setString(1, key);
                    if (lock.executeUpdate() == 0) {
                        return LockAndGetResult.notLocked();
                    }
                } catch (SQLException e) {
                    throw new BucketExecutionException(e);
                }
                try (var read = connection.prepareStatement("SELECT state FROM account.sign_in_limits WHERE id = ?")) {
                    read.setString(1, key);
                    try (var rows = read.executeQuery()) {
                        return rows.next() ? LockAndGetResult.locked(rows.getBytes(1)) : LockAndGetResult.notLocked();
                    }
                } catch (SQLException e) {
                    throw new BucketExecutionException(e);
                }
            }

            @Override
            public boolean tryInsertEmptyData(Optional<Long> timeout) {
                try (var insert = connection.prepareStatement(
                        "INSERT INTO account.sign_in_limits (id, state) VALUES (?, NULL)")) {
                    insert.setString(1, key);
                    return insert.executeUpdate() > 0;
                } catch (SQLException e) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                        return false; // another instance inserted it first; Bucket4j starts over and locks that row
                    }
                    throw new BucketExecutionException(e);
                }
            }

            @Override
            public void update(byte[] data, RemoteBucketState state, Optional<Long> timeout) {
                try (var update = connection.prepareStatement(
                        "UPDATE account.sign_in_limits SET state = ?, expires_at = ? WHERE id = ?")) {
                    update.setBytes(1, data);
                    update.setLong(2, expiresAt(state));
                    update.setString(3, key);
                    update.executeUpdate();
                } catch (SQLException e) {
                    throw new BucketExecutionException(e);
                }
            }

            @Override
            public void commit(Optional<Long> timeout) {
                run(connection::commit);
            }

            @Override
            public void rollback() {
                run(connection::rollback);
            }

            @Override
            public void release() {
                run(connection::close);
            }
        };
    }

    /** When the bucket will be full again (epoch millis): from then on its row tells nothing and may go. */
    private long expiresAt(RemoteBucketState state) {
        var now = currentTimeNanos();
        var ttl = getClientSideConfig()
                .getExpirationAfterWriteStrategy()
                .map(strategy -> strategy.calculateTimeToLiveMillis(state, now))
                .orElse(Long.MAX_VALUE / 2);
        return System.currentTimeMillis() + ttl;
    }

    /** Deletes up to {@code batch} buckets that have refilled; returns how many went. */
    int removeExpired(int batch) {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var delete = connection.prepareStatement(
                    "DELETE FROM account.sign_in_limits WHERE id IN (SELECT TOP (?) id FROM account.sign_in_limits"
                            + " WHERE expires_at < ?)")) {
                delete.setInt(1, batch);
                delete.setLong(2, System.currentTimeMillis());
                var removed = delete.executeUpdate();
                connection.commit();
                return removed;
            }
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    @Override
    public void removeProxy(String key) {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var delete = connection.prepareStatement("DELETE FROM account.sign_in_limits WHERE id = ?")) {
                delete.setString(1, key);
                delete.executeUpdate();
                connection.commit();
            }
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    private interface Step {
        void run() throws SQLException;
    }

    private static void run(Step step) {
        try {
            step.run();
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }
}
