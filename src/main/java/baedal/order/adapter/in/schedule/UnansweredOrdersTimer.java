package baedal.order.adapter.in.schedule;

import baedal.order.application.OrderProgress;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** An owner who never answers does not keep the customer's money: such orders are cancelled and refunded. */
@PrimaryAdapter
@Component
class UnansweredOrdersTimer {

    private final OrderProgress orders;
    private final Duration deadline;

    UnansweredOrdersTimer(OrderProgress orders, @Value("${baedal.order.accept-deadline:PT10M}") Duration deadline) {
        this.orders = orders;
        this.deadline = deadline;
    }

    @Scheduled(fixedDelayString = "${baedal.order.accept-check-interval:PT30S}", initialDelayString = "PT30S")
    @SchedulerLock(
            name = "order-unanswered",
            lockAtMostFor = "PT5M",
            lockAtLeastFor = "${baedal.order.accept-check-interval:PT30S}")
    void cancelUnanswered() {
        orders.cancelUnanswered(deadline);
    }
}
