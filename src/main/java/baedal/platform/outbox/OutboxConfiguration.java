package baedal.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * Wiring of the outbox side of the platform. The transaction interceptor is ordered just outside the
 * idempotent-listener advice so that the inbox row and the listener's work share one transaction.
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
