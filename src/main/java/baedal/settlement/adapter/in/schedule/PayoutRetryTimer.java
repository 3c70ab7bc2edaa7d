package baedal.settlement.adapter.in.schedule;

import baedal.settlement.application.PayoutManagement;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Tries payouts the bank did not take again, on one instance of the cluster at a time. */
@PrimaryAdapter
@Component
class PayoutRetryTimer {

    private final PayoutManagement payouts;

    PayoutRetryTimer(PayoutManagement payouts) {
        this.payouts = payouts;
    }

    @Scheduled(fixedDelayString = "${baedal.settlement.payout-retry-interval:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "settlement-payout-retry", lockAtMostFor = "PT10M")
    void retryPending() {
        payouts.retryPending();
    }
}
