package baedal.platform.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Counts the runs of locked scheduled jobs that this instance actually made ({@code baedal.scheduled.runs}, by job):
 * it sits inside ShedLock's advice, so a turn skipped because another instance held the lock is not counted.
 */
class ScheduledRunsAdvisor extends AbstractPointcutAdvisor {

    private final transient Pointcut pointcut = new AnnotationMatchingPointcut(null, SchedulerLock.class, true);
    private final transient MethodInterceptor interceptor;

    ScheduledRunsAdvisor(ObjectProvider<MeterRegistry> meters, int order) {
        this.interceptor = invocation -> {
            var lock = invocation.getMethod().getAnnotation(SchedulerLock.class);
            meters.ifAvailable(registry -> registry.counter("baedal.scheduled.runs", "job", lock.name())
                    .increment());
            return invocation.proceed();
        };
        setOrder(order);
    }

    @Override
    public Pointcut getPointcut() {
        return pointcut;
    }

    @Override
    public Advice getAdvice() {
        return interceptor;
    }
}
