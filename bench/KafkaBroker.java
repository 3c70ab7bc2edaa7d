import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A Kafka broker for the benchmarks that run deployments of their own (bench/orders.sh with EXTRACT=payment): the
 * broker spring-kafka-test starts for the tests, on a port of its choosing (printed), until the process is stopped.
 */
public class KafkaBroker {

    public static void main(String[] args) throws Exception {
        var broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        System.out.println("Kafka broker at " + broker.getBrokersAsString());
        Thread.currentThread().join();
    }
}
