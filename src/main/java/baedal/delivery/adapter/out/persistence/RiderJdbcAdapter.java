package baedal.delivery.adapter.out.persistence;

import baedal.delivery.domain.RiderState;
import baedal.delivery.domain.Riders;
import baedal.kernel.GeoPoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Riders in {@code delivery.riders}, with plain JDBC: a rider is a row of where they are, not an aggregate, and
 * dispatch reads every rider with their load and declines in one statement ({@code OrderRoundTripBudgetTests}).
 */
@SecondaryAdapter
@Component
class RiderJdbcAdapter implements Riders {

    private final JdbcClient jdbc;
    private final Clock clock;

    RiderJdbcAdapter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void add(UUID riderId) {
        try {
            jdbc.sql("INSERT INTO delivery.riders (id, registered_at) VALUES (:id, :at)")
                    .param("id", riderId)
                    .param("at", Instant.now(clock))
                    .update();
        } catch (DuplicateKeyException alreadyKnown) {
            // registering a rider twice changes nothing
        }
    }

    @Override
    public List<RiderState> all() {
        return jdbc.sql("SELECT id, lat, lng, available, reported_at FROM delivery.riders")
                .query((rs, row) -> rider(rs))
                .list();
    }

    /** One statement instead of three (a round trip each per dispatch; {@code OrderRoundTripBudgetTests}). */
    @Override
    public Candidates candidatesFor(UUID orderId) {
        var riders = new ArrayList<RiderState>();
        var load = new HashMap<UUID, Integer>();
        var declined = new HashSet<UUID>();
        jdbc.sql("""
                        SELECT r.id, r.lat, r.lng, r.available, r.reported_at,
                            (SELECT COUNT(*) FROM delivery.deliveries d
                             WHERE d.rider_id = r.id AND d.status IN ('ASSIGNED', 'PICKED_UP')) AS active,
                            (SELECT COUNT(*) FROM delivery.declines x
                             WHERE x.order_id = :order AND x.rider_id = r.id) AS declined
                        FROM delivery.riders r""").param("order", orderId).query(rs -> {
            var rider = rider(rs);
            riders.add(rider);
            if (rs.getInt("active") > 0) {
                load.put(rider.riderId(), rs.getInt("active"));
            }
            if (rs.getInt("declined") > 0) {
                declined.add(rider.riderId());
            }
        });
        return new Candidates(riders, load, declined);
    }

    private static RiderState rider(ResultSet rs) throws SQLException {
        var lat = rs.getObject("lat", Double.class);
        var lng = rs.getObject("lng", Double.class);
        var reported = rs.getTimestamp("reported_at");
        return new RiderState(
                rs.getObject("id", UUID.class),
                lat == null || lng == null ? null : new GeoPoint(lat, lng),
                rs.getBoolean("available"),
                reported == null ? null : reported.toInstant());
    }

    @Override
    public void report(UUID riderId, GeoPoint location, boolean available, Instant at) {
        add(riderId);
        jdbc.sql("UPDATE delivery.riders SET lat = :lat, lng = :lng, available = :available, reported_at = :at"
                        + " WHERE id = :id")
                .param("lat", location.lat())
                .param("lng", location.lng())
                .param("available", available)
                .param("at", at)
                .param("id", riderId)
                .update();
    }
}
