package baedal.account.adapter.in.schedule;

import baedal.account.application.AccountManagement;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every ten minutes, on one instance, forgets the failed sign-ins that no longer slow anyone down. */
@PrimaryAdapter
@Component
class SignInLimitsTimer {

    private final AccountManagement accounts;

    SignInLimitsTimer(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    @SchedulerLock(name = "sign-in-limits", lockAtMostFor = "PT5M", lockAtLeastFor = "PT1M")
    void forgetRefilled() {
        accounts.forgetRefilledSignInLimits();
    }
}
