package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import baedal.platform.messaging.ExternalizedEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * With profile "kafka" the events other modules consume also go to a real broker (started by the build): one topic
 * per module, the aggregate id as key, so everything about one order lands on one partition in order of sending. A
 * deployment reading a topic it writes to skips what it sent itself, and sends nothing it read out again.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // It also reads the shop topic it writes to, as a deployment that consumes and publishes would.
            "baedal.kafka.consume.topics=shop",
            "spring.kafka.consumer.auto-offset-reset=earliest"
        })
@ActiveProfiles({"demo", "test", "kafka"})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
class KafkaExternalizationTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    MeterRegistry meters;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void publishesShopAndOrderEventsToTheirModulesTopicsKeyedByAggregate() throws Exception {
        var api = new ApiClient(port);
        var customer = api.token("customer1");
        var shop = api.openShop(api.token("owner1"), "Kafka Chicken", 10000);
        var order = api.placeOrder(customer, shop);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.status(order, customer).equals("PAID"));

        try (var consumer = consumer()) {
            consumer.subscribe(List.of("shop", "order"));
            var records = new ArrayList<ConsumerRecord<String, String>>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(records::add);
                return types(records, order).containsAll(Set.of("OrderPlaced", "PaymentApproved", "OrderPaid"))
                        && types(records, shop.shopId()).containsAll(Set.of("ShopRegistered", "ShopOpened"));
            });

            var registered = records.stream()
                    .filter(r -> shop.shopId().equals(r.key()) && type(r).equals("ShopRegistered"))
                    .findFirst()
                    .orElseThrow();
            assertThat(registered.topic()).isEqualTo("shop");
            assertThat(json.readTree(registered.value()).get("shopId").asString())
                    .isEqualTo(shop.shopId());
            assertThat(new String(
                            registered
                                    .headers()
                                    .lastHeader(ExternalizedEvents.ORIGIN_HEADER)
                                    .value(),
                            StandardCharsets.UTF_8))
                    .as("each record names the deployment that sent it")
                    .isEqualTo("baedal");
            var ofTheOrder = records.stream().filter(r -> order.equals(r.key())).toList();
            assertThat(ofTheOrder).allSatisfy(r -> assertThat(r.topic()).isEqualTo("order"));
            assertThat(ofTheOrder.stream().map(ConsumerRecord::partition).distinct())
                    .as("one order, one partition")
                    .hasSize(1);
            assertThat(records).as("nothing from a module nobody outside reads").noneMatch(r -> type(r).isEmpty());
        }
        // the deployment reads the shop topic it writes to, and skips what it sent itself: its listeners had those
        // events already, and are not handed them a second time
        var watchedUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < watchedUntil) {
            assertThat(meters.find("baedal.events.duplicates").counters().stream()
                            .filter(c -> c.getId().getTag("listener").contains("display"))
                            .mapToDouble(Counter::count)
                            .sum())
                    .isZero();
            Thread.sleep(200);
        }
        try (var consumer = consumer()) {
            consumer.subscribe(List.of("shop"));
            var registered = new ArrayList<ConsumerRecord<String, String>>();
            var deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < deadline) {
                KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(r -> {
                    if (shop.shopId().equals(r.key()) && type(r).equals("ShopRegistered")) {
                        registered.add(r);
                    }
                });
            }
            assertThat(registered).as("an event taken in is not sent out again").hasSize(1);
        }
        try (var kafkaAdmin = AdminClient.create(Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
            var topic = kafkaAdmin
                    .describeTopics(List.of("order"))
                    .allTopicNames()
                    .get()
                    .get("order");
            assertThat(topic.partitions()).hasSize(3);
        }
        var admin = api.token("admin");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.json(api.send("GET", "/api/admin/events?status=incomplete", admin, null))
                        .isEmpty());
    }

    private KafkaConsumer<String, String> consumer() {
        var properties = KafkaTestUtils.consumerProps(broker, "kafka-externalization-test", false);
        properties.put("auto.offset.reset", "earliest");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    private static Set<String> types(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream()
                .filter(r -> key.equals(r.key()))
                .map(KafkaExternalizationTests::type)
                .collect(Collectors.toSet());
    }

    private static String type(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("baedal-event-type");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
