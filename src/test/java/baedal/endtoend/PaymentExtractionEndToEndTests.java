package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import baedal.BaedalApplication;
import baedal.order.events.PaymentApproved;
import baedal.payment.adapter.out.gateway.SandboxPaymentGateway;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Payment in a deployment of its own (profile payment-service, its own database) beside everything else (profile
 * without-payment), with a real Kafka broker and only Kafka and HTTP between them: the order events go out to
 * payment over Kafka, payment reads the amount over HTTP, and its results come back over Kafka to the order module,
 * which takes the order on to DELIVERED. With the gateway down, the order shows its payment pending across the wire
 * and is paid once the gateway is back, as in the single jar. With the payment deployment down, orders wait; once it
 * is back, each is charged, once.
 */
class PaymentExtractionEndToEndTests {

    @Test
    void paymentRunsOnItsOwnWithEventsBothWaysOverKafka() throws Exception {
        var broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        var corePort = FreePort.next();
        var paymentDatabase = "jdbc:h2:mem:payment-" + UUID.randomUUID() + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1";
        try (var core = startCore(broker.getBrokersAsString(), corePort)) {
            assertThat(core.getBeanNamesForType(baedal.payment.application.PaymentProcessing.class))
                    .as("the core deployment runs no payment")
                    .isEmpty();
            var api = new ApiClient(corePort);
            var owner = api.token("owner1");
            var customer = api.token("customer1");
            var shop = api.openShop(owner, "Paid Elsewhere Chicken", 10000);

            String paid;
            try (var payment = startPayment(broker.getBrokersAsString(), corePort, paymentDatabase)) {
                paid = api.placeOrder(customer, shop);
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> api.status(paid, customer).equals("PAID"));
                api.deliver(shop.shopId(), paid, customer, owner, api.token("rider1"));
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> api.status(paid, customer).equals("DELIVERED"));
                assertThat(charges(payment, paid)).isEqualTo(1);
                assertThat(core.getBean(RelayThreads.class).virtual)
                        .as("payment results reach the core on the relay's platform threads, not behind requests")
                        .containsExactly(false);

                var gateway = payment.getBean(SandboxPaymentGateway.class);
                gateway.setAvailable(false);
                String deferred;
                try {
                    deferred = api.placeOrder(customer, shop);
                    await().atMost(Duration.ofSeconds(20))
                            .until(() -> api.status(deferred, customer).equals("PAYMENT_PENDING"));
                } finally {
                    gateway.setAvailable(true);
                }
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> api.status(deferred, customer).equals("PAID"));
                assertThat(charges(payment, deferred)).isEqualTo(1);
            }

            // the payment deployment is down: the order is taken and waits, nothing is lost
            var waiting = api.placeOrder(customer, shop);
            Thread.sleep(3_000);
            assertThat(api.status(waiting, customer)).isEqualTo("PLACED");

            try (var payment = startPayment(broker.getBrokersAsString(), corePort, paymentDatabase)) {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> api.status(waiting, customer).equals("PAID"));
                assertThat(charges(payment, waiting)).isEqualTo(1);
                assertThat(charges(payment, paid))
                        .as("the first order is not charged again")
                        .isEqualTo(1);
            }
        } finally {
            broker.destroy();
        }
    }

    /** How many payments the payment deployment holds for the order (each charged under its own key). */
    private static long charges(ConfigurableApplicationContext payment, String order) {
        return payment.getBean(JdbcTemplate.class)
                .queryForObject(
                        "SELECT COUNT(*) FROM payment.payments WHERE order_id = ? AND status = 'APPROVED'",
                        Long.class,
                        UUID.fromString(order));
    }

    private static ConfigurableApplicationContext startCore(String kafka, int port) {
        return new SpringApplicationBuilder(BaedalApplication.class, RelayThreads.class)
                .profiles("demo", "test", "without-payment")
                .run("--server.port=" + port, "--spring.kafka.bootstrap-servers=" + kafka);
    }

    private static ConfigurableApplicationContext startPayment(String kafka, int corePort, String database) {
        return new SpringApplicationBuilder(BaedalApplication.class)
                .profiles("test", "payment-service")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database,
                        "--spring.kafka.bootstrap-servers=" + kafka,
                        "--baedal.payment.orders.url=http://localhost:" + corePort,
                        "--baedal.payment.retry-interval=PT1S");
    }

    /** Whether each payment result reached the core deployment on a virtual thread (the relay hands it on in line). */
    static class RelayThreads {

        final Set<Boolean> virtual = ConcurrentHashMap.newKeySet();

        @EventListener
        void on(PaymentApproved approved) {
            virtual.add(Thread.currentThread().isVirtual());
        }
    }
}
