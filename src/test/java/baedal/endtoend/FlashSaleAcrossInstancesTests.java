package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import baedal.BaedalApplication;
import baedal.coupon.application.CouponManagement;
import baedal.coupon.domain.AlreadyIssuedException;
import baedal.coupon.domain.CampaignId;
import baedal.coupon.domain.CouponCampaign;
import baedal.coupon.domain.CouponCampaign.Bearer;
import baedal.coupon.domain.Discount;
import baedal.coupon.domain.SoldOutException;
import baedal.kernel.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances on one database, one flash sale: every customer claims on both at once, and the
 * database ends with exactly the campaign's quantity, each customer at most once.
 */
class FlashSaleAcrossInstancesTests {

    @Test
    void twoInstancesNeverIssueMoreThanTheQuantityNorTwiceToOneCustomer() throws Exception {
        var database = "jdbc:h2:mem:flash-" + UUID.randomUUID()
                + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256";
        try (var first = start(database);
                var second = start(database)) {
            var one = first.getBean(CouponManagement.class);
            var other = second.getBean(CouponManagement.class);
            var campaign = one.createCampaign(new CouponCampaign(
                    CampaignId.random(),
                    "Chicken 7000",
                    Discount.fixed(Money.won(7_000)),
                    Money.won(15_000),
                    300,
                    1,
                    Instant.now(),
                    Instant.now().minus(Duration.ofMinutes(1)),
                    Instant.now().plus(Duration.ofDays(1)),
                    null,
                    null,
                    Bearer.PLATFORM));

            var answered = ConcurrentHashMap.<UUID>newKeySet();
            var holders = ConcurrentHashMap.<UUID>newKeySet();
            var tasks = new ArrayList<Future<?>>();
            try (var pool = Executors.newFixedThreadPool(32)) {
                for (int i = 0; i < 600; i++) {
                    var customer = UUID.randomUUID();
                    for (var instance : List.of(one, other)) {
                        tasks.add(pool.submit(() -> {
                            try {
                                var coupon = instance.issue(campaign, customer);
                                answered.add(coupon.getId().id());
                                assertThat(holders.add(customer))
                                        .as("second coupon for " + customer)
                                        .isTrue();
                            } catch (SoldOutException | AlreadyIssuedException refused) {
                                // first come, first served
                            }
                        }));
                    }
                }
            }
            for (var task : tasks) {
                task.get();
            }

            assertThat(answered).hasSize(300);
            for (var instance : List.of(one, other)) {
                var tally = instance.tally(campaign);
                assertThat(tally.issued()).isEqualTo(300);
                assertThat(tally.customers()).isEqualTo(300);
                assertThat(tally.overLimit()).isZero();
            }
            var stored = holders.stream()
                    .flatMap(customer -> other.coupons(customer).stream())
                    .map(coupon -> coupon.getId().id())
                    .toList();
            assertThat(stored).containsExactlyInAnyOrderElementsOf(answered);
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(BaedalApplication.class)
                .profiles("test")
                .run("--spring.datasource.url=" + database, "--server.port=0");
    }
}
