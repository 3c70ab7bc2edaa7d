package baedal.platform.messaging;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The externalized event types, scanned once and only where Kafka is in use (sending or relaying). */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    @Lazy
    ExternalizedEvents externalizedEvents(BeanFactory beanFactory) {
        return ExternalizedEvents.scan(
                AutoConfigurationPackages.get(beanFactory).getFirst());
    }
}
