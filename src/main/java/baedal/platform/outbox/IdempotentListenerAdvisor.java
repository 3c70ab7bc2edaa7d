package baedal.platform.outbox;

import baedal.kernel.IdentifiedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.function.SingletonSupplier;

/**
 * Makes every {@link ApplicationModuleListener} idempotent. An event published fresh on this instance goes to each
 * listener under a publication of its own, completed in the listener's transaction, so its run needs nothing more (a
 * second run of the same publication rolls back: {@link OneStatementOutbox}). Any other run (an event re-published
 * or relayed again, {@link EventRedelivery}, or a publication resubmitted from the database) first records the
 * (listener, event id) pair in the inbox, in the listener's transaction, and is skipped when the pair is there already
 * or the archive shows the listener completed the event under another publication. A listener that fails rolls its
 * inbox row back with its other work, so a retry runs it again. Each applied event is timed from its occurrence
 * ({@code baedal.events.lag}, by listener and event type).
 */
class IdempotentListenerAdvisor extends AbstractPointcutAdvisor {

    /** Runs inside the transaction interceptor, whose order is set higher in {@link OutboxConfiguration}. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE;

    /** baedal's own listeners; framework listeners (such as the Kafka externalizer) keep their own semantics. */
    private final transient Pointcut pointcut = new ComposablePointcut(
                    (ClassFilter) type -> type.getName().startsWith("baedal."))
            .intersection(new AnnotationMatchingPointcut(null, ApplicationModuleListener.class, true));

    private final transient Interceptor interceptor;

    IdempotentListenerAdvisor(ObjectProvider<ProcessedEvents> processedEvents, ObjectProvider<MeterRegistry> meters) {
        this.interceptor = new Interceptor(processedEvents, meters);
        setOrder(ORDER);
    }

    @Override
    public Pointcut getPointcut() {
        return pointcut;
    }

    @Override
    public Advice getAdvice() {
        return interceptor;
    }

    /**
     * Resolves the inbox and the meter registry once, at the first event (they are beans the advisor cannot take in its
     * constructor, being created before them), and keeps one timer per listener and event type, so an event costs
     * neither a bean lookup nor a meter lookup.
     */
    private static final class Interceptor implements MethodInterceptor {

        private static final Logger log = LoggerFactory.getLogger(IdempotentListenerAdvisor.class);

        private final SingletonSupplier<ProcessedEvents> processedEvents;
        private final SingletonSupplier<Optional<MeterRegistry>> meters;
        private final Map<Method, ListenerIds> listenerIds = new ConcurrentHashMap<>();
        private final Map<Method, Map<Class<?>, Timer>> lags = new ConcurrentHashMap<>();

        Interceptor(ObjectProvider<ProcessedEvents> processedEvents, ObjectProvider<MeterRegistry> meters) {
            this.processedEvents = SingletonSupplier.of(processedEvents::getObject);
            this.meters = SingletonSupplier.of(() -> Optional.ofNullable(meters.getIfAvailable()));
        }

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            var arguments = invocation.getArguments();
            if (arguments.length != 1 || !(arguments[0] instanceof IdentifiedEvent event)) {
                return invocation.proceed();
            }
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new IllegalStateException(
                        "idempotent listener must run in a transaction: " + invocation.getMethod());
            }
            var method = invocation.getMethod();
            if (!EventRedelivery.fresh(event) && appliedBefore(method, event)) {
                return null;
            }
            var result = invocation.proceed();
            meters.obtain()
                    .ifPresent(registry -> lags.computeIfAbsent(method, k -> new ConcurrentHashMap<>())
                            .computeIfAbsent(
                                    event.getClass(),
                                    type -> Timer.builder("baedal.events.lag")
                                            .description("From an event's occurrence to a listener having applied it")
                                            .tag(
                                                    "listener",
                                                    method.getDeclaringClass().getSimpleName())
                                            .tag("event", type.getSimpleName())
                                            .publishPercentileHistogram()
                                            .register(registry))
                            .record(Duration.between(event.occurredAt(), Instant.now())));
            return result;
        }

        /** Records the run in the inbox; whether the listener has applied the event before (the run is skipped). */
        private boolean appliedBefore(Method method, IdentifiedEvent event) {
            var ids = listenerIds.computeIfAbsent(method, ListenerIds::of);
            var inbox = processedEvents.obtain();
            if (inbox.markProcessed(ids.inbox(), event.eventId()) && !inbox.archived(ids.registry(), event.eventId())) {
                return false;
            }
            log.debug("Skipping {} for {}: already applied", event.eventId(), ids.inbox());
            meters.obtain()
                    .ifPresent(registry -> registry.counter("baedal.events.duplicates", "listener", ids.inbox())
                            .increment());
            return true;
        }
    }

    /** A listener's id in the inbox, and in Spring Modulith's registry (its method with parameter types). */
    record ListenerIds(String inbox, String registry) {

        static ListenerIds of(Method method) {
            var inbox = method.getDeclaringClass().getName() + "." + method.getName();
            return new ListenerIds(
                    inbox,
                    inbox
                            + Arrays.stream(method.getParameterTypes())
                                    .map(Class::getName)
                                    .collect(Collectors.joining(",", "(", ")")));
        }
    }
}
