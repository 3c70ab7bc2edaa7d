package baedal.delivery.adapter.out.persistence;

import baedal.delivery.domain.Deliveries;
import baedal.delivery.domain.Delivery;
import baedal.delivery.domain.DeliveryId;
import baedal.delivery.domain.DeliveryStatus;
import baedal.delivery.domain.RiderState;
import baedal.delivery.domain.Riders;
import baedal.kernel.GeoPoint;
import baedal.platform.jdbc.LastStored;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deliveries and riders in the {@code delivery} schema, with plain JDBC; publishes recorded events on save. */
@SecondaryAdapter
@Component
class DeliveryJdbcAdapter implements Deliveries, Riders {

    private static final String COLUMNS = "id, order_id, rider_id, status, assigned_at, estimated_arrival, version";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Deliveries as this instance last stored them: the rider's pick-up and hand-over start without reading the delivery
     * back ({@code OrderRoundTripBudgetTests}).
     */
    private final LastStored<UUID, Delivery> lastStored =
            new LastStored<>(Delivery::version, delivery -> copy(delivery, delivery.version()));

    DeliveryJdbcAdapter(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<Delivery> findById(DeliveryId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM delivery.deliveries WHERE id = :id")
                .param("id", id.id())
                .query(DeliveryJdbcAdapter::map)
                .optional();
    }

    @Override
    public Optional<Delivery> findForChange(DeliveryId id) {
        var known = lastStored.find(id.id());
        return known != null ? Optional.of(known) : findById(id);
    }

    /** One statement for the two places an order can be in ({@code OrderRoundTripBudgetTests}). */
    @Override
    public boolean dispatched(UUID orderId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM (
                            SELECT order_id FROM delivery.deliveries WHERE order_id = :order
                            UNION ALL
                            SELECT order_id FROM delivery.waiting_orders WHERE order_id = :order) known""").param("order", orderId).query(Long.class).single() > 0;
    }

    @Override
    public Optional<Delivery> findByOrder(UUID orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM delivery.deliveries WHERE order_id = :order")
                .param("order", orderId)
                .query(DeliveryJdbcAdapter::map)
                .optional();
    }

    @Override
    public List<Delivery> findActiveByRider(UUID riderId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM delivery.deliveries WHERE rider_id = :rider AND status IN ('ASSIGNED', 'PICKED_UP')"
                        + " ORDER BY assigned_at")
                .param("rider", riderId)
                .query(DeliveryJdbcAdapter::map)
                .list();
    }

    @Override
    public Delivery save(Delivery delivery) {
        if (delivery.version() == 0) {
            jdbc.sql("INSERT INTO delivery.deliveries (" + COLUMNS
                            + ") VALUES (:id, :order, :rider, :status, :at, :arrival, 1)")
                    .param("id", delivery.getId().id())
                    .param("order", delivery.orderId())
                    .param("rider", delivery.riderId())
                    .param("status", delivery.status().name())
                    .param("at", delivery.assignedAt())
                    .param("arrival", delivery.estimatedArrival())
                    .update();
        } else {
            var updated = jdbc.sql("UPDATE delivery.deliveries SET status = :status, rider_id = :rider,"
                            + " assigned_at = :at, estimated_arrival = :arrival, version = version + 1"
                            + " WHERE id = :id AND version = :version")
                    .param("status", delivery.status().name())
                    .param("rider", delivery.riderId())
                    .param("at", delivery.assignedAt())
                    .param("arrival", delivery.estimatedArrival())
                    .param("id", delivery.getId().id())
                    .param("version", delivery.version())
                    .update();
            if (updated == 0) {
                lastStored.forget(delivery.getId().id());
                throw new OptimisticLockingFailureException(
                        "delivery " + delivery.getId().id() + " changed concurrently");
            }
        }
        lastStored.storing(delivery.getId().id(), copy(delivery, delivery.version() + 1));
        delivery.releaseEvents().forEach(events::publishEvent);
        return delivery;
    }

    private static Delivery copy(Delivery delivery, long version) {
        return Delivery.restore(
                delivery.getId(),
                delivery.orderId(),
                delivery.riderId(),
                delivery.status(),
                delivery.assignedAt(),
                delivery.estimatedArrival(),
                version);
    }

    @Override
    public void remove(Delivery delivery) {
        var removed = jdbc.sql("DELETE FROM delivery.deliveries WHERE id = :id AND version = :version")
                .param("id", delivery.getId().id())
                .param("version", delivery.version())
                .update();
        lastStored.forget(delivery.getId().id());
        if (removed == 0) {
            throw new OptimisticLockingFailureException(
                    "delivery " + delivery.getId().id() + " changed concurrently");
        }
        delivery.releaseEvents().forEach(events::publishEvent);
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

    private static Delivery map(ResultSet rs, int row) throws SQLException {
        return Delivery.restore(
                new DeliveryId(rs.getObject("id", UUID.class)),
                rs.getObject("order_id", UUID.class),
                rs.getObject("rider_id", UUID.class),
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("assigned_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("estimated_arrival"))
                        .map(java.sql.Timestamp::toInstant)
                        .orElse(null),
                rs.getLong("version"));
    }
}
