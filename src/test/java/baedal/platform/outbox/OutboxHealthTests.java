package baedal.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** A publication waiting longer than the stale threshold shows in the health endpoint and the metrics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OutboxHealthTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aStalePublicationTurnsTheOutboxComponentStaleAndIsCounted() throws Exception {
        assertThat(outbox(health())).isEqualTo("UP");

        var id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                            status, completion_attempts)
                        VALUES (:id, 'test.listener', 'test.Event', '{}', :at, 'PUBLISHED', 1)""")
                .param("id", id)
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))))
                .update());
        try {
            var response = health();
            assertThat(json.readTree(response).get("status").asString()).isEqualTo("STALE");
            assertThat(outbox(response)).isEqualTo("STALE");
            assertThat(meters.get("baedal.events.stale").gauge().value()).isGreaterThanOrEqualTo(1);
            assertThat(meters.get("baedal.events.incomplete").gauge().value()).isGreaterThanOrEqualTo(1);
        } finally {
            transactions.executeWithoutResult(status -> jdbc.sql("DELETE FROM event_publication WHERE id = :id")
                    .param("id", id)
                    .update());
        }
        assertThat(outbox(health())).isEqualTo("UP");
    }

    private String outbox(String health) {
        return json.readTree(health)
                .get("components")
                .get("outbox")
                .get("status")
                .asString();
    }

    private String health() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
