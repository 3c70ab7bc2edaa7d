package baedal.platform.messaging;

import baedal.platform.outbox.EventRedelivery;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a module runs in a deployment of its own: takes the events other deployments externalised to the topics in
 * {@code baedal.kafka.consume.topics} and publishes them here as application events, in a transaction, so the event
 * publication registry holds one publication per local listener before the record's offset is committed. From then
 * on the module's listeners see the same events as in the monolith, and the inbox drops a record delivered twice.
 * Types this deployment does not know are skipped, and so are events this deployment sent itself (its instances
 * delivered them here already).
 */
@PrimaryAdapter
@Component
@ConditionalOnProperty("baedal.kafka.consume.topics")
class KafkaEventRelay {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventRelay.class);

    private final ExternalizedEvents types;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final byte[] origin;

    KafkaEventRelay(
            ExternalizedEvents types,
            JsonMapper json,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            @Value("${spring.application.name:baedal}") String origin) {
        this.origin = origin.getBytes(StandardCharsets.UTF_8);
        this.types = types;
        // Another deployment may run a newer version that added fields.
        this.json = json.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        this.events = events;
        this.transactions = transactions;
    }

    @KafkaListener(
            id = "baedal-event-relay",
            topics = "#{'${baedal.kafka.consume.topics}'.split(',')}",
            groupId = "${baedal.kafka.consume.group-id:${spring.application.name}}")
    void relay(ConsumerRecord<String, String> record) {
        var sender = record.headers().lastHeader(ExternalizedEvents.ORIGIN_HEADER);
        if (sender != null && Arrays.equals(sender.value(), origin)) {
            return;
        }
        var header = record.headers().lastHeader(ExternalizedEvents.TYPE_HEADER);
        var type = header == null
                ? Optional.<Class<?>>empty()
                : types.typeNamed(new String(header.value(), StandardCharsets.UTF_8));
        if (type.isEmpty()) {
            log.debug("Skipping a record of unknown type on {} at offset {}", record.topic(), record.offset());
            return;
        }
        var event = json.readValue(record.value(), type.get());
        // the broker delivers at least once: an event may come again, and its listeners must be able to tell
        transactions.executeWithoutResult(
                status -> EventRedelivery.redeliver(() -> RelayedEvents.relay(() -> events.publishEvent(event))));
        log.debug(
                "Relayed {} from {}-{}@{}",
                type.get().getSimpleName(),
                record.topic(),
                record.partition(),
                record.offset());
    }
}
