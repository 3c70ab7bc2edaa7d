package baedal.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.BrokerRouting;
import org.springframework.modulith.events.support.EventExternalizationTransport;
import org.springframework.modulith.events.support.EventExternalizerModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes every {@code @Externalized} event to Kafka when {@code baedal.kafka.externalize} is on (profile
 * {@code kafka}). Spring Modulith's externalizing module listener does the work, so each externalisation is an
 * event publication like any other: it stays in the outbox until the broker acknowledged the record and is resubmitted
 * after a failure. The payload is the event as JSON, the key the aggregate id from the annotation, the type travels in
 * the {@value ExternalizedEvents#TYPE_HEADER} header. Topics are created at start-up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("baedal.kafka.externalize")
class KafkaExternalization {

    private static final Logger log = LoggerFactory.getLogger(KafkaExternalization.class);

    /**
     * Spring Modulith's defaults ({@code @Externalized} events under the application's packages, routed by the
     * annotation), except for events the relay brought in from Kafka: those are not sent out again.
     */
    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(BeanFactory beanFactory) {
        var defaults = EventExternalizationConfiguration.defaults(AutoConfigurationPackages.get(beanFactory))
                .build();
        return new EventExternalizationConfiguration() {

            @Override
            public boolean supports(Object event) {
                return !RelayedEvents.relaying() && defaults.supports(event);
            }

            @Override
            public Object map(Object event) {
                return defaults.map(event);
            }

            @Override
            public RoutingTarget determineTarget(Object event) {
                return defaults.determineTarget(event);
            }

            @Override
            public Map<String, Object> getHeadersFor(Object event) {
                return defaults.getHeadersFor(event);
            }

            @Override
            public boolean serializeExternalization() {
                return defaults.serializeExternalization();
            }
        };
    }

    @Bean
    EventExternalizerModuleListener kafkaEventExternalizer(
            EventExternalizationConfiguration configuration,
            KafkaTemplate<String, String> kafka,
            JsonMapper json,
            BeanFactory beanFactory,
            @Value("${spring.application.name:baedal}") String origin) {
        var context = new StandardEvaluationContext();
        context.setBeanResolver(new BeanFactoryResolver(beanFactory));
        EventExternalizationTransport transport = (payload, target) -> {
            var routing = BrokerRouting.of(target, context);
            var record = new ProducerRecord<>(
                    routing.getTarget(payload), routing.getKey(payload), json.writeValueAsString(payload));
            record.headers()
                    .add(
                            ExternalizedEvents.TYPE_HEADER,
                            ExternalizedEvents.nameOf(payload.getClass()).getBytes(StandardCharsets.UTF_8));
            record.headers().add(ExternalizedEvents.ORIGIN_HEADER, origin.getBytes(StandardCharsets.UTF_8));
            return kafka.send(record);
        };
        return new EventExternalizerModuleListener(configuration, transport);
    }

    /**
     * The topics are created at start-up; when the brokers were not there then, this keeps trying until they are,
     * so that externalisations waiting in the outbox find their topics.
     */
    @Bean
    TopicsCreation topicsCreation(KafkaAdmin admin) {
        return new TopicsCreation(admin);
    }

    @Bean
    KafkaAdmin.NewTopics baedalTopics(
            ExternalizedEvents events, @Value("${baedal.kafka.partitions:3}") int partitions) {
        var topics = events.topics();
        log.info("Externalising events to Kafka topics {} ({} partitions each)", topics, partitions);
        return new KafkaAdmin.NewTopics(topics.stream()
                .map(topic -> TopicBuilder.name(topic).partitions(partitions).build())
                .toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
    }

    static final class TopicsCreation {

        private final KafkaAdmin admin;
        private volatile boolean created;

        TopicsCreation(KafkaAdmin admin) {
            this.admin = admin;
        }

        @Scheduled(
                initialDelayString = "${baedal.kafka.topics-retry-interval:PT10S}",
                fixedDelayString = "${baedal.kafka.topics-retry-interval:PT10S}")
        void createMissingTopics() {
            if (created) {
                return;
            }
            try {
                created = admin.initialize();
            } catch (RuntimeException brokersAway) {
                log.debug("Kafka topics not created yet: {}", brokersAway.getMessage());
            }
            if (created) {
                log.info("Kafka topics are in place");
            }
        }
    }
}
