package baedal.platform.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every {@code @Scheduled} job of a module also carries ShedLock's {@code @SchedulerLock}: the instance that takes
 * the job's row in {@code scheduler_lock} runs it, the others skip that turn. Lock times come from the database's
 * clock, so instances whose clocks differ still agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", order = SchedulingConfiguration.LOCK_ORDER)
class SchedulingConfiguration {

    /** ShedLock's advice runs outside {@link ScheduledRunsAdvisor}, so only runs that hold the lock are counted. */
    static final int LOCK_ORDER = Ordered.LOWEST_PRECEDENCE - 1000;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static ScheduledRunsAdvisor scheduledRunsAdvisor(ObjectProvider<MeterRegistry> meters) {
        return new ScheduledRunsAdvisor(meters, LOCK_ORDER + 1);
    }

    @Bean
    LockProvider schedulerLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("scheduler_lock")
                .usingDbTime()
                .build());
    }
}
