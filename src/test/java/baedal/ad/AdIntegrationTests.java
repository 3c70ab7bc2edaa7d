package baedal.ad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import baedal.ad.api.AdQueries;
import baedal.ad.application.AdManagement;
import baedal.ad.domain.AdContract;
import baedal.ad.domain.AdContracts;
import baedal.ad.events.AdChanged;
import baedal.ad.events.AdEnded;
import baedal.ad.events.AdStarted;
import baedal.kernel.Money;
import baedal.shop.events.ShopClosedDown;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The ad module on its own: contracts start and end on schedule and give shops their standing. */
@ApplicationModuleTest
@ActiveProfiles("test")
class AdIntegrationTests {

    private final AdManagement ads;
    private final AdQueries queries;
    private final AdContracts contracts;
    private final TransactionTemplate transactions;

    AdIntegrationTests(AdManagement ads, AdQueries queries, AdContracts contracts, TransactionTemplate transactions) {
        this.ads = ads;
        this.queries = queries;
        this.contracts = contracts;
        this.transactions = transactions;
    }

    @Test
    void aContractWhosePeriodHasBegunStartsAtOnce(Scenario scenario) {
        var shop = UUID.randomUUID();

        scenario.stimulate(() -> ads.sign(AdContract.openList(
                        shop, 6, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(30)))))
                .andWaitForEventOfType(AdStarted.class)
                .matching(started -> started.shopId().equals(shop))
                .toArriveAndVerify(started -> {
                    assertThat(queries.adsOf(shop).tier()).isEqualTo("OPEN_LIST");
                    assertThat(queries.adsOf(shop).commissionPercent()).isEqualTo(6);
                });
    }

    @Test
    void contractsStartAndEndOnSchedule(AssertablePublishedEvents events) {
        var shop = UUID.randomUUID();
        var start = Instant.now().plusSeconds(2);
        ads.sign(AdContract.ultraCall(shop, "Songpa-gu", Money.won(80_000), start, start.plusSeconds(2)));
        assertThat(queries.adsOf(shop).tier()).isEqualTo("NONE");

        // the schedule runs on a timer too; whichever run comes first starts and ends the contract, once
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            ads.followSchedule();
            return queries.adsOf(shop).tier().equals("ULTRA_CALL");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            ads.followSchedule();
            return queries.adsOf(shop).tier().equals("NONE");
        });

        assertThat(events.ofType(AdStarted.class)
                        .matching(started -> started.shopId().equals(shop)))
                .hasSize(1);
        assertThat(events.ofType(AdEnded.class).matching(ended -> ended.shopId().equals(shop)))
                .hasSize(1);
        assertThat(ads.contracts(shop))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(AdContract.Status.ENDED));
    }

    @Test
    void theAdsOfAShopThatClosedDownArePaused(Scenario scenario) {
        var shop = UUID.randomUUID();
        var from = Instant.now().minusSeconds(60);
        var until = Instant.now().plus(Duration.ofDays(30));
        ads.sign(AdContract.openList(shop, 6, from, until));
        ads.sign(AdContract.ultraCall(shop, "Songpa-gu", Money.won(80_000), until.minusSeconds(60), until));

        scenario.publish(new ShopClosedDown(UUID.randomUUID(), shop, 7, Instant.now()))
                .andWaitForEventOfType(AdChanged.class)
                .matching(changed -> changed.shopId().equals(shop))
                .toArriveAndVerify(
                        changed -> assertThat(queries.adsOf(shop).tier()).isEqualTo("NONE"));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> ads.contracts(shop).stream().allMatch(c -> c.status() == AdContract.Status.PAUSED));
    }

    @Test
    void theStrongestRunningContractCounts() {
        var shop = UUID.randomUUID();
        var from = Instant.now().minusSeconds(60);
        var until = Instant.now().plus(Duration.ofDays(30));
        ads.sign(AdContract.ultraCall(shop, "Songpa-gu", Money.won(80_000), from, until));
        ads.sign(AdContract.openList(shop, 6, from, until));

        assertThat(queries.adsOf(shop).tier()).isEqualTo("OPEN_LIST");
    }

    @Test
    void refusesContractsThatMakeNoSense() {
        var now = Instant.now();
        assertThatThrownBy(() -> AdContract.openList(UUID.randomUUID(), 50, now, now.plusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AdContract.ultraCall(UUID.randomUUID(), "", Money.won(1), now, now.plusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AdContract.openList(UUID.randomUUID(), 5, now, now))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aContractChangedConcurrentlyIsNotOverwrittenAndItsEventsLeaveWithTheRow(AssertablePublishedEvents events) {
        var start = Instant.now().plus(Duration.ofDays(1));
        var contract = AdContract.openList(UUID.randomUUID(), 5, start, start.plus(Duration.ofDays(30)));
        transactions.executeWithoutResult(status -> contracts.save(contract));
        var first = contracts.findById(contract.getId()).orElseThrow();
        var second = contracts.findById(contract.getId()).orElseThrow();

        assertThat(first.pause(Instant.now())).isTrue();
        transactions.executeWithoutResult(status -> contracts.save(first));
        assertThat(events.ofType(AdChanged.class)
                        .matching(changed ->
                                changed.contractId().equals(contract.getId().id())))
                .hasSize(1);

        assertThat(second.pause(Instant.now())).isTrue();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> contracts.save(second)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(contracts.findById(contract.getId()).orElseThrow().status()).isEqualTo(AdContract.Status.PAUSED);
    }
}
