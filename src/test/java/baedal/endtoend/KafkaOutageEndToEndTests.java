package baedal.endtoend;

import static org.awaitility.Awaitility.await;

import baedal.BaedalApplication;
import baedal.testing.ExpectedFailures;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * Kafka being down never stops ordering, and nothing meant for it is lost: the externalisations wait in the outbox
 * as failed publications and reach the broker once it is there.
 */
class KafkaOutageEndToEndTests {

    @Test
    void ordersGoOnWhileKafkaIsDownAndTheirEventsArriveOnceItIsBack() throws Exception {
        var kafkaPort = FreePort.next();
        EmbeddedKafkaKraftBroker broker = null;
        Entrance entrance = null;
        try (var sendsFail = ExpectedFailures.expect(KafkaException.class, "Kafka is down");
                var clientFails =
                        ExpectedFailures.expect(org.apache.kafka.common.KafkaException.class, "Kafka is down");
                var topicsWait = ExpectedFailures.expect(TimeoutException.class, "Kafka is down");
                var app = new SpringApplicationBuilder(BaedalApplication.class)
                        .profiles("demo", "test", "kafka")
                        .run(
                                "--server.port=0",
                                "--spring.kafka.bootstrap-servers=localhost:" + kafkaPort,
                                "--spring.kafka.admin.operation-timeout=1s",
                                "--baedal.kafka.topics-retry-interval=PT1S")) {
            var api = new ApiClient(
                    Integer.parseInt(Objects.requireNonNull(app.getEnvironment().getProperty("local.server.port"))));
            var customer = api.token("customer2");
            var admin = api.token("admin");
            var shop = api.openShop(api.token("owner2"), "Offline Kafka Chicken", 10000);

            var order = api.placeOrder(customer, shop);
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> api.status(order, customer).equals("PAID"));
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> externalisations(api, admin).stream().anyMatch(status -> status.equals("FAILED")));

            broker = new EmbeddedKafkaKraftBroker(1, 1);
            broker.afterPropertiesSet();
            var brokerPort = Integer.parseInt(broker.getBrokersAsString().replaceAll(".*:", ""));
            entrance = new Entrance(kafkaPort, brokerPort);
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        api.send("POST", "/api/admin/events/republish", admin, "{\"status\":\"incomplete\"}");
                        return externalisations(api, admin).isEmpty();
                    });

            var properties = KafkaTestUtils.consumerProps(broker, "kafka-outage-test", false);
            properties.put("auto.offset.reset", "earliest");
            try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("order"));
                var types = new ArrayList<String>();
                await().atMost(Duration.ofSeconds(20)).until(() -> {
                    StreamSupport.stream(
                                    KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))
                                            .spliterator(),
                                    false)
                            .filter(record -> order.equals(record.key()))
                            .map(KafkaOutageEndToEndTests::type)
                            .forEach(types::add);
                    return types.containsAll(List.of("OrderPlaced", "PaymentApproved", "OrderPaid"));
                });
            }
        } finally {
            if (entrance != null) {
                entrance.close();
            }
            if (broker != null) {
                broker.destroy();
            }
        }
    }

    /**
     * The address the application knows Kafka by: nothing listens there until the broker "comes back", then it
     * forwards to the broker (which the clients then reach directly at the address it advertises).
     */
    private static final class Entrance implements AutoCloseable {

        private final ServerSocket server;

        Entrance(int port, int brokerPort) throws IOException {
            server = new ServerSocket(port);
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        var client = server.accept();
                        var upstream = new Socket("localhost", brokerPort);
                        Thread.ofVirtual().start(() -> pipe(client, upstream));
                        Thread.ofVirtual().start(() -> pipe(upstream, client));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        private static void pipe(Socket from, Socket to) {
            try (from;
                    to) {
                from.getInputStream().transferTo(to.getOutputStream());
            } catch (IOException ended) {
                // one side hung up
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    /** Statuses of the event publications still waiting to reach Kafka. */
    private static List<String> externalisations(ApiClient api, String admin) throws Exception {
        var pending = api.json(api.send("GET", "/api/admin/events?status=incomplete", admin, null));
        var statuses = new ArrayList<String>();
        pending.forEach(publication -> {
            if (publication.get("listenerId").asString().contains("Externalizer")) {
                statuses.add(publication.get("status").asString());
            }
        });
        return statuses;
    }

    private static String type(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("baedal-event-type");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
