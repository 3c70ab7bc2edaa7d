package baedal.platform.messaging;

import baedal.platform.outbox.EventRedelivery;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a module runs in a deployment of its own: takes the events other deployments externalised to the topics in
 * {@code baedal.kafka.consume.topics} and publishes them here as application events, in a transaction, so the event
 * publication registry holds one publication per local listener before the record's offset is committed. From then
 * on the module's listeners see the same events as in the monolith, and the inbox drops a record delivered twice.
 * Types this deployment does not know are skipped, and so are events this deployment sent itself (its instances
 * delivered them here already) and events no listener of this deployment takes (a deployment reading a module's topic
 * for a few of its events does not pay a transaction for each of the others).
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
    private final ListableBeanFactory beans;
    private volatile @Nullable Set<Class<?>> heard;

    KafkaEventRelay(
            ExternalizedEvents types,
            JsonMapper json,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            @Value("${spring.application.name:baedal}") String origin,
            ListableBeanFactory beans) {
        this.beans = beans;
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
        if (!heard(type.get())) {
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

    /** Whether a listener of this deployment takes events of the type (looked up once, from the beans' methods). */
    private boolean heard(Class<?> type) {
        var known = heard;
        if (known == null) {
            known = new HashSet<>();
            for (var name : beans.getBeanDefinitionNames()) {
                var bean = beans.getType(name, false);
                if (bean == null) {
                    continue;
                }
                for (var method : ClassUtils.getUserClass(bean).getDeclaredMethods()) {
                    if (method.getParameterCount() > 0 && LISTENERS.stream().anyMatch(method::isAnnotationPresent)) {
                        known.add(method.getParameterTypes()[0]);
                    }
                }
            }
            heard = known;
        }
        return known.stream().anyMatch(listened -> listened.isAssignableFrom(type));
    }

    private static final List<Class<? extends Annotation>> LISTENERS =
            List.of(ApplicationModuleListener.class, TransactionalEventListener.class, EventListener.class);
}
