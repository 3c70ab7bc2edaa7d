package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import baedal.review.application.ReviewManagement;
import baedal.settlement.application.SettlementManagement;
import baedal.testing.InjectedFailure;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * With review and settlement failing, an order still goes all the way to DELIVERED; once they recover and the
 * failed publications are resubmitted, the order can be reviewed and is in its shop's settlement, once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AfterDeliveryIsolationEndToEndTests {

    @LocalServerPort
    int port;

    @Autowired
    IncompleteEventPublications incomplete;

    @MockitoSpyBean
    ReviewManagement reviews;

    @MockitoSpyBean
    SettlementManagement settlement;

    @Test
    void orderingGoesOnWhileReviewAndSettlementAreDownAndTheyCatchUpAfter() throws Exception {
        var api = new ApiClient(port);
        var customer = api.token("customer1");
        var owner = api.token("owner1");
        var rider = api.token("rider1");
        var opened = api.openShop(owner, "Isolated Chicken", 10000);
        var shop = opened.shopId();

        doThrow(new InjectedFailure("review database unreachable"))
                .when(reviews)
                .orderDelivered(any(), any(), any(), any());
        doThrow(new InjectedFailure("settlement database unreachable"))
                .when(settlement)
                .orderDelivered(any(), anyLong(), any(), any());
        String order;
        try {
            order = api.placeOrder(customer, opened);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> api.status(order, customer).equals("PAID"));
            api.deliver(shop, order, customer, owner, rider);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> api.status(order, customer).equals("DELIVERED"));

            assertThat(review(api, order, customer)).isEqualTo(404);
            assertThat(sales(api, shop, owner)).isZero();
        } finally {
            reset(reviews, settlement);
        }

        // an operator sees the two failed deliveries of OrderDelivered and resubmits them
        var admin = api.token("admin");
        var pending = api.json(api.send("GET", "/api/admin/events?status=incomplete", admin, null));
        assertThat(pending.valueStream().map(p -> p.get("eventType").asString()))
                .filteredOn(type -> type.endsWith("OrderDelivered"))
                .hasSize(2);
        var resubmitted = api.json(api.send(
                        "POST",
                        "/api/admin/events/republish",
                        admin,
                        "{\"status\":\"incomplete\",\"eventType\":\"OrderDelivered\",\"aggregateId\":\"%s\"}"
                                .formatted(order)))
                .get("republished")
                .asInt();
        assertThat(resubmitted).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> sales(api, shop, owner) == 20_000);
        assertThat(review(api, order, customer)).isEqualTo(201);

        incomplete.resubmitIncompletePublications(publication -> true); // nothing left: nothing applied twice
        Thread.sleep(500);
        assertThat(sales(api, shop, owner)).isEqualTo(20_000);
        assertThat(api.json(api.send("GET", "/api/admin/events?status=incomplete", admin, null))
                        .isEmpty())
                .isTrue();
    }

    private static int review(ApiClient api, String order, String token) throws Exception {
        return api.send("POST", "/api/orders/" + order + "/review", token, "{\"rating\":5,\"text\":\"Worth the wait\"}")
                .statusCode();
    }

    private static long sales(ApiClient api, String shop, String owner) throws Exception {
        var today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        return api.json(api.send(
                        "GET",
                        "/api/shops/%s/settlements?from=%s&to=%s"
                                .formatted(shop, today.minusDays(1), today.plusDays(1)),
                        owner,
                        null))
                .get("sales")
                .asLong();
    }
}
