package baedal.settlement.adapter.in.schedule;

import baedal.settlement.application.SettlementManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes yesterday into payout statements shortly after midnight in the platform's zone. */
@PrimaryAdapter
@Component
class DailyClosingTimer {

    private final SettlementManagement settlement;
    private final Clock clock;
    private final ZoneId zone;

    DailyClosingTimer(
            SettlementManagement settlement, Clock clock, @Value("${baedal.settlement.zone:Asia/Seoul}") ZoneId zone) {
        this.settlement = settlement;
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(cron = "0 10 0 * * *", zone = "${baedal.settlement.zone:Asia/Seoul}")
    @SchedulerLock(name = "settlement-daily-closing", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void closeYesterday() {
        settlement.closeDay(LocalDate.now(clock.withZone(zone)).minusDays(1));
    }
}
