package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import baedal.BaedalApplication;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The extraction of display, rehearsed as {@code architecture/extraction.md} describes it: a real Kafka broker, one
 * deployment with every module but display (profile without-display) and one with display alone (profile
 * display-service, two instances sharing the display's database), each deployment with its own database, talking
 * only through Kafka and HTTP. A shop opened and renamed in the first shows up in both display instances' endpoints;
 * an order placed in the first is priced by the second, and while the second is down the first refuses orders as
 * temporarily unavailable; restarted on an empty database, the display shows every shop again.
 */
class DisplayExtractionEndToEndTests {

    @Test
    void displayRunsOnItsOwnFedByKafkaAndTheQueryEndpoints() throws Exception {
        var broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        var corePort = FreePort.next();
        var displayPort = FreePort.next();
        var secondDisplayPort = FreePort.next();
        var displayDatabase = "jdbc:h2:mem:display-" + UUID.randomUUID() + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1";
        try (var core = startCore(broker.getBrokersAsString(), corePort, displayPort);
                var display = startDisplay(broker.getBrokersAsString(), displayPort, corePort, displayDatabase);
                var secondDisplay =
                        startDisplay(broker.getBrokersAsString(), secondDisplayPort, corePort, displayDatabase)) {
            assertThat(core.getBeanNamesForType(baedal.display.application.DisplayReadModel.class))
                    .isEmpty();
            var api = new ApiClient(corePort);
            var displayApi = new ApiClient(displayPort);
            var owner = api.token("owner1");
            var customer = api.token("customer1");

            var shop = api.openShop(owner, "Extracted Chicken", 12000, displayApi);
            assertThat(api.send("PUT", "/api/shops/" + shop.shopId(), owner, ApiClient.shop("Renamed Chicken", 12000))
                            .statusCode())
                    .isEqualTo(200);
            // two display instances on one display database share the consumer group: each event is applied by one
            // of them, and both show it through the change feed
            var secondDisplayApi = new ApiClient(secondDisplayPort);
            for (var instance : List.of(displayApi, secondDisplayApi)) {
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> instance.json(
                                        instance.send("GET", "/api/display/shops/" + shop.shopId(), null, null))
                                .path("name")
                                .asString("")
                                .equals("Renamed Chicken"));
            }
            assertThat(api.send("GET", "/api/display/shops/" + shop.shopId(), customer, null)
                            .statusCode())
                    .as("the core deployment serves no display")
                    .isEqualTo(404);

            api.orderDeliverAndReview(shop, customer, owner, api.token("rider1"), """
                    {"rating":4,"text":"Still hot"}""");
            for (var instance : List.of(displayApi, secondDisplayApi)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> {
                    var detail = instance.json(instance.send("GET", "/api/display/shops/" + shop.shopId(), null, null));
                    return detail.get("reviewCount").asInt() == 1
                            && detail.get("rating").asDouble() == 4.0;
                });
            }
            assertThat(api.send("GET", "/internal/shops/" + shop.shopId(), customer, null)
                            .statusCode())
                    .as("internal endpoints are for deployments, not customers")
                    .isEqualTo(403);

            display.close();
            var refused = api.order(customer, shop);
            assertThat(refused.statusCode())
                    .as("without the display an order cannot be priced: try again later, nothing stored")
                    .isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();

            // restarted on an empty database, while its consumer group resumes after the events that built the old
            // one, the display builds itself from its sources: every shop is shown again, without an operator
            var emptyDatabase = "jdbc:h2:mem:display-" + UUID.randomUUID() + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1";
            try (var restarted = startDisplay(broker.getBrokersAsString(), displayPort, corePort, emptyDatabase)) {
                await().atMost(Duration.ofSeconds(20)).until(() -> {
                    var detail =
                            displayApi.json(displayApi.send("GET", "/api/display/shops/" + shop.shopId(), null, null));
                    return detail.path("name").asString("").equals("Renamed Chicken")
                            && detail.path("reviewCount").asInt() == 1;
                });
            }
        } finally {
            broker.destroy();
        }
    }

    private static ConfigurableApplicationContext startCore(String kafka, int port, int displayPort) {
        return new SpringApplicationBuilder(BaedalApplication.class)
                .profiles("demo", "test", "without-display")
                .run(
                        "--server.port=" + port,
                        "--spring.kafka.bootstrap-servers=" + kafka,
                        "--baedal.order.orderable-shops.url=http://localhost:" + displayPort);
    }

    private static ConfigurableApplicationContext startDisplay(String kafka, int port, int corePort, String database) {
        return new SpringApplicationBuilder(BaedalApplication.class)
                .profiles("test", "display-service")
                .run(
                        "--server.port=" + port,
                        "--spring.datasource.url=" + database,
                        "--spring.kafka.bootstrap-servers=" + kafka,
                        "--baedal.display.upstream.url=http://localhost:" + corePort);
    }
}
