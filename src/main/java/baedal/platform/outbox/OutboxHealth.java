package baedal.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes publications that wait too long visible: the {@code outbox} health component turns {@code STALE} (answered
 * 200, so no instance is taken out of service for another module's trouble) when an incomplete publication is older
 * than {@code baedal.outbox.stale-after}, and the gauges {@code baedal.events.incomplete} and
 * {@code baedal.events.stale} count them.
 */
@Component("outbox")
class OutboxHealth implements HealthIndicator, MeterBinder {

    static final Status STALE = new Status("STALE", "Event publications are waiting longer than expected");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration staleAfter;

    OutboxHealth(JdbcClient jdbc, Clock clock, OutboxProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.staleAfter = properties.staleAfter();
    }

    @Override
    public Health health() {
        var counts = counts();
        var builder = counts.stale() > 0 ? Health.status(STALE) : Health.up();
        builder.withDetail("incomplete", counts.incomplete()).withDetail("stale", counts.stale());
        if (counts.oldest() != null) {
            builder.withDetail("oldest", counts.oldest().toString());
        }
        return builder.build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "baedal.events.incomplete",
                        this,
                        health -> health.counts().incomplete())
                .description("event publications whose listener has not completed yet")
                .register(registry);
        Gauge.builder("baedal.events.stale", this, health -> health.counts().stale())
                .description("incomplete event publications older than baedal.outbox.stale-after")
                .register(registry);
    }

    Counts counts() {
        var staleBefore = Timestamp.from(Instant.now(clock).minus(staleAfter));
        return jdbc.sql("""
                        SELECT COUNT(*),
                            SUM(CASE WHEN publication_date < :staleBefore THEN 1 ELSE 0 END),
                            MIN(publication_date)
                        FROM event_publication WHERE completion_date IS NULL""")
                .param("staleBefore", staleBefore)
                .query((rs, row) -> new Counts(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .single();
    }

    record Counts(
            long incomplete,
            long stale,
            @org.jspecify.annotations.Nullable Instant oldest) {}
}
