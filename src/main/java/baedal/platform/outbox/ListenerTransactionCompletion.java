package baedal.platform.outbox;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.PriorityOrdered;
import org.springframework.modulith.events.core.DefaultEventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.support.CompletionRegisteringAdvisor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Moves the marking of a listener's event publication into the listener's transaction. Spring Modulith 2.1 marks a
 * publication processing and then completed around the listener, each in a transaction of its own: three commits per
 * listener run where one does, and a window in which the listener's work is committed and its publication not. Here
 * the advice that marks publications runs inside the transaction (between the transaction interceptor and the
 * inbox's {@link IdempotentListenerAdvisor}), and the registry joins that transaction ({@link
 * ListenerTransactionRegistry}). Spring Modulith 2.2 completes in the listener's transaction by default; this goes
 * once baedal is on it.
 */
class ListenerTransactionCompletion implements BeanPostProcessor, PriorityOrdered {

    /** Inside the transaction interceptor, outside the inbox. */
    static final int ORDER = IdempotentListenerAdvisor.ORDER - 50;

    private final ObjectProvider<EventPublicationRepository> repository;
    private final ObjectProvider<Clock> clock;
    private final ObjectProvider<PlatformTransactionManager> transactions;

    ListenerTransactionCompletion(
            ObjectProvider<EventPublicationRepository> repository,
            ObjectProvider<Clock> clock,
            ObjectProvider<PlatformTransactionManager> transactions) {
        this.repository = repository;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof CompletionRegisteringAdvisor advisor) {
            advisor.setOrder(ORDER);
        }
        if (bean.getClass() == DefaultEventPublicationRegistry.class) {
            return new ListenerTransactionRegistry(
                    repository.getObject(), clock.getIfAvailable(Clock::systemUTC), transactions.getObject());
        }
        return bean;
    }

    @Override
    public int getOrder() {
        return PriorityOrdered.HIGHEST_PRECEDENCE;
    }
}
