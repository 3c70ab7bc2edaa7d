package baedal.ad.adapter.in.schedule;

import baedal.ad.application.AdManagement;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Starts and ends ad contracts on schedule. */
@PrimaryAdapter
@Component
class AdScheduleTimer {

    private final AdManagement ads;

    AdScheduleTimer(AdManagement ads) {
        this.ads = ads;
    }

    @Scheduled(fixedDelayString = "${baedal.ad.schedule-interval:PT30S}", initialDelayString = "PT5S")
    @SchedulerLock(
            name = "ad-schedule",
            lockAtMostFor = "PT5M",
            lockAtLeastFor = "${baedal.ad.schedule-interval:PT30S}")
    void followSchedule() {
        ads.followSchedule();
    }
}
