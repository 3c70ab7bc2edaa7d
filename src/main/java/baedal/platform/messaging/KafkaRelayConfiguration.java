package baedal.platform.messaging;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.core.JacksonException;

/**
 * A record the relay cannot hand on (its database is down, say) is tried again and again, backing off to 30 s, and
 * its partition waits: nothing is skipped. Only a record that cannot be read at all is logged and passed over.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("baedal.kafka.consume.topics")
class KafkaRelayConfiguration {

    @Bean
    CommonErrorHandler kafkaRelayErrorHandler() {
        var backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        var handler = new DefaultErrorHandler(backOff);
        handler.addNotRetryableExceptions(JacksonException.class);
        return handler;
    }
}
