package baedal.delivery.adapter.in.schedule;

import baedal.delivery.application.DeliveryManagement;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Offers waiting orders to riders again now and then, on one instance of the cluster at a time: a rider who became
 * free in a way dispatch did not hear of (their delivery was cancelled) still gets them.
 */
@PrimaryAdapter
@Component
class DispatchTimer {

    private final DeliveryManagement deliveries;

    DispatchTimer(DeliveryManagement deliveries) {
        this.deliveries = deliveries;
    }

    @Scheduled(fixedDelayString = "${baedal.delivery.redispatch-interval:PT15S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "delivery-redispatch", lockAtMostFor = "PT5M")
    void dispatchWaiting() {
        deliveries.dispatchWaiting();
    }
}
