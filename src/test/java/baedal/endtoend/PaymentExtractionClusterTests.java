package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Payment extracted, in separate JVMs: everything but payment (profile without-payment) on a file database of its own,
 * two payment instances (profile payment-service) sharing a file-backed H2 server and one consumer group, a real Kafka
 * broker, and only Kafka and HTTP between the deployments. A burst of orders goes PLACED → PAID → DELIVERED while one
 * payment instance is killed (SIGKILL) mid-burst: the other takes over its partitions and its unfinished work, and
 * every order is charged exactly once.
 */
class PaymentExtractionClusterTests {

    private static final int ORDERS = 30;

    @TempDir
    Path directory;

    private final List<SeparateJvm> jvms = new ArrayList<>();
    private EmbeddedKafkaKraftBroker broker;
    private Server paymentDatabase;

    @AfterEach
    void stopEverything() throws Exception {
        for (var jvm : jvms) {
            jvm.kill();
        }
        if (broker != null) {
            broker.destroy();
        }
        if (paymentDatabase != null) {
            paymentDatabase.stop();
        }
    }

    @Test
    void ordersArePaidOnceAcrossDeploymentsWhileAPaymentInstanceIsKilledMidBurst() throws Exception {
        broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        var databasePort = FreePort.next();
        paymentDatabase = Server.createTcpServer(
                        "-tcpPort", String.valueOf(databasePort), "-baseDir", directory.toString(), "-ifNotExists")
                .start();
        var paymentUrl = "jdbc:h2:tcp://localhost:" + databasePort + "/payment;MODE=MSSQLServer";
        var kafka = "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString();

        var core = start(
                SeparateJvm.database(directory.resolve("core")),
                "core",
                "--spring.profiles.active=demo,test,without-payment",
                kafka);
        var fastTakeOver = SeparateJvm.withFastTakeOver(
                "--spring.profiles.active=test,payment-service",
                kafka,
                "--baedal.payment.orders.url=http://localhost:" + core.port(),
                "--baedal.payment.sandbox.latency=PT0.1S",
                // a dead instance's partitions go to the other within seconds, and so does its unfinished work,
                "--spring.kafka.consumer.properties.session.timeout.ms=6000",
                "--spring.kafka.consumer.properties.heartbeat.interval.ms=1000");
        var first = CompletableFuture.supplyAsync(() -> start(paymentUrl, "payment-1", fastTakeOver));
        var second = CompletableFuture.supplyAsync(() -> start(paymentUrl, "payment-2", fastTakeOver));
        var doomed = first.join();
        second.join();

        var api = new ApiClient(core.port());
        var owner = api.token("owner1");
        var customer = api.token("customer1");
        var rider = api.token("rider1");
        var shop = api.openShop(owner, "Two Payments Chicken", 10000);
        var orders = new ArrayList<String>();
        for (int i = 0; i < ORDERS; i++) {
            if (i == ORDERS / 3) {
                doomed.kill();
            }
            var placed = api.send(
                    "POST",
                    "/api/orders",
                    customer,
                    ApiClient.orderRequest(shop),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
            orders.add(api.json(placed).get("id").asString());
        }

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    for (var order : orders) {
                        if (!api.status(order, customer).equals("PAID")) {
                            return false;
                        }
                    }
                    return true;
                });
        try (var payments = DriverManager.getConnection(paymentUrl, "sa", "");
                var counts = payments.prepareStatement(
                        "SELECT order_id, COUNT(*) FROM payment.payments WHERE status = 'APPROVED' GROUP BY order_id");
                var rows = counts.executeQuery()) {
            var charged = 0;
            while (rows.next()) {
                assertThat(rows.getLong(2))
                        .as("payments of order " + rows.getString(1))
                        .isEqualTo(1);
                charged++;
            }
            assertThat(charged).as("every order charged, once").isEqualTo(ORDERS);
        }
        for (var order : orders.subList(0, 3)) {
            api.deliver(shop.shopId(), order, customer, owner, rider);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> api.status(order, customer).equals("DELIVERED"));
        }
    }

    private SeparateJvm start(String database, String name, String... arguments) {
        try {
            var jvm = SeparateJvm.start(database, directory.resolve(name + ".log"), arguments);
            synchronized (jvms) {
                jvms.add(jvm);
            }
            return jvm;
        } catch (Exception e) {
            throw new IllegalStateException("could not start " + name, e);
        }
    }
}
