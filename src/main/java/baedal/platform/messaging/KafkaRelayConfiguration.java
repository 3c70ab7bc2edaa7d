package baedal.platform.messaging;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.core.JacksonException;

/**
 * A record the relay cannot hand on (its database is down, say) is tried again and again, backing off to 30 s, and
 * its partition waits: nothing is skipped. Only a record that cannot be read at all is logged and passed over. The
 * relay's consumers run on platform threads of their own, even where requests are served on virtual threads: a consumer
 * on a virtual thread queues behind every request at each of its database calls, and under load the events it hands
 * on arrive seconds late ({@code EXTRACT=payment bash bench/orders.sh}, bench/README).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("baedal.kafka.consume.topics")
class KafkaRelayConfiguration {

    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> kafkaRelayThreads() {
        return container -> {
            var threads = new SimpleAsyncTaskExecutor(container.getListenerId() + "-");
            threads.setVirtualThreads(false);
            container.getContainerProperties().setListenerTaskExecutor(threads);
        };
    }

    @Bean
    CommonErrorHandler kafkaRelayErrorHandler() {
        var backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        var handler = new DefaultErrorHandler(backOff);
        handler.addNotRetryableExceptions(JacksonException.class);
        return handler;
    }
}
