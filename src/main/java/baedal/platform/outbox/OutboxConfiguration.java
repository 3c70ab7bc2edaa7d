package baedal.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * Wiring of the outbox side of the platform. The transaction interceptor is ordered just outside the marking of event
 * publications ({@link ListenerTransactionCompletion}) and the idempotent-listener advice, so that the listener's
 * work, its inbox row and the completion of its publication share one transaction.
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(order = IdempotentListenerAdvisor.ORDER - 100)
@EnableConfigurationProperties(OutboxProperties.class)
class OutboxConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static IdempotentListenerAdvisor idempotentListenerAdvisor(
            ObjectProvider<ProcessedEvents> processedEvents, ObjectProvider<MeterRegistry> meters) {
        return new IdempotentListenerAdvisor(processedEvents, meters);
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static ListenerTransactionCompletion listenerTransactionCompletion(
            ObjectProvider<EventPublicationRepository> repository,
            ObjectProvider<Clock> clock,
            ObjectProvider<PlatformTransactionManager> transactions) {
        return new ListenerTransactionCompletion(repository, clock, transactions);
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static BeanPostProcessor oneStatementOutbox(
            Environment environment, ObjectProvider<JdbcOperations> jdbc, ObjectProvider<EventSerializer> serializer) {
        return OneStatementOutbox.wrapping(environment, jdbc, serializer);
    }

    @Bean
    ListenerRunFailures listenerRunFailures() {
        return new ListenerRunFailures();
    }

    @Bean
    static OutboxSqlDialect outboxSqlDialect() {
        return new OutboxSqlDialect();
    }

    /**
     * The pool event listeners run on. Fixed threads with an unbounded queue: publishing never blocks (a bounded
     * executor would deadlock once every thread is a listener waiting to hand on the events it published), while
     * the number of listeners touching the database at once stays bounded. Queued work is safe: the outbox holds it.
     */
    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${baedal.events.listener-threads:32}") int threads) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("listener-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
