package baedal.payment.adapter.out.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baedal.kernel.Money;
import baedal.payment.domain.GatewayUnavailableException;
import baedal.payment.domain.PaymentDeclinedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP gateway adapter against a real local HTTP server that plays the gateway. */
class HttpPaymentGatewayClientTests {

    static final Money AMOUNT = Money.won(21_000);

    FakeGateway gateway;
    HttpPaymentGatewayClient client;

    @BeforeEach
    void start() throws Exception {
        gateway = new FakeGateway();
        client = client(Duration.ofMillis(300), 4, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    HttpPaymentGatewayClient client(Duration readTimeout, int maxConcurrentCalls, Duration openDuration) {
        return new HttpPaymentGatewayClient(new HttpGatewaySettings(
                URI.create("http://127.0.0.1:" + gateway.port()),
                Duration.ofMillis(300),
                readTimeout,
                3,
                maxConcurrentCalls,
                Duration.ofMillis(50),
                50f,
                openDuration));
    }

    @Test
    void approvesAndARepeatedKeyNeverChargesTwice() {
        var key = UUID.randomUUID().toString();

        var first = client.charge(key, UUID.randomUUID(), AMOUNT);
        var again = client.charge(key, UUID.randomUUID(), AMOUNT);

        assertThat(first).startsWith("tx-").isEqualTo(again);
        assertThat(gateway.charges()).isEqualTo(1);
    }

    @Test
    void aDeclineIsFinalAndNotRetried() {
        gateway.mode = FakeGateway.Mode.DECLINE;

        assertThatThrownBy(() -> client.charge("k", UUID.randomUUID(), AMOUNT))
                .isInstanceOf(PaymentDeclinedException.class);
        assertThat(gateway.requests.get()).isEqualTo(1);
    }

    @Test
    void aSlowGatewayTimesOutAfterRetriesAndTheChargeIsStillMadeOnlyOnce() {
        gateway.mode = FakeGateway.Mode.SLOW;
        gateway.slowness = Duration.ofMillis(600);
        var key = UUID.randomUUID().toString();

        assertThatThrownBy(() -> client.charge(key, UUID.randomUUID(), AMOUNT))
                .isInstanceOf(GatewayUnavailableException.class)
                .hasMessageContaining("too slow");
        assertThat(gateway.requests.get()).isEqualTo(3);

        gateway.mode = FakeGateway.Mode.APPROVE;
        client.charge(key, UUID.randomUUID(), AMOUNT);
        assertThat(gateway.charges()).isEqualTo(1);
    }

    @Test
    void aFailingGatewayIsRetriedThenReportedUnavailable() {
        gateway.mode = FakeGateway.Mode.FAIL;

        assertThatThrownBy(() -> client.charge("k", UUID.randomUUID(), AMOUNT))
                .isInstanceOf(GatewayUnavailableException.class);
        assertThat(gateway.requests.get()).isEqualTo(3);
    }

    @Test
    void anUnreachableGatewayIsReportedUnavailableAndWorksAgainOnceBack() throws Exception {
        gateway.stop();

        assertThatThrownBy(() -> client.charge("k1", UUID.randomUUID(), AMOUNT))
                .isInstanceOf(GatewayUnavailableException.class);

        gateway.restart();
        assertThat(client.charge("k2", UUID.randomUUID(), AMOUNT)).startsWith("tx-");
    }

    @Test
    void repeatedFailuresOpenTheCircuitSoCallsFailFastUntilItHalfOpens() throws Exception {
        client = client(Duration.ofMillis(300), 4, Duration.ofMillis(500));
        gateway.mode = FakeGateway.Mode.FAIL;
        for (int i = 0; i < 5; i++) { // the minimum number of calls before the breaker judges
            assertThatThrownBy(() -> client.charge("k", UUID.randomUUID(), AMOUNT))
                    .isInstanceOf(GatewayUnavailableException.class);
        }
        assertThat(client.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        var requestsWhenOpened = gateway.requests.get();

        assertThatThrownBy(() -> client.charge("k", UUID.randomUUID(), AMOUNT))
                .isInstanceOf(GatewayUnavailableException.class)
                .hasMessageContaining("circuit open");
        assertThat(gateway.requests.get()).isEqualTo(requestsWhenOpened);

        gateway.mode = FakeGateway.Mode.APPROVE;
        Thread.sleep(600);
        assertThat(client.charge("k-recovered", UUID.randomUUID(), AMOUNT)).startsWith("tx-");
    }

    @Test
    void theConcurrencyLimitHoldsUnderABurst() throws Exception {
        client = client(Duration.ofSeconds(2), 2, Duration.ofSeconds(30));
        gateway.mode = FakeGateway.Mode.SLOW;
        gateway.slowness = Duration.ofMillis(300);
        var results = new ArrayList<Future<String>>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                var key = "burst-" + i;
                results.add(pool.submit((Callable<String>) () -> client.charge(key, UUID.randomUUID(), AMOUNT)));
            }
            var refused = 0;
            for (var result : results) {
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(GatewayUnavailableException.class);
                    refused++;
                }
            }
            assertThat(refused).isPositive();
        }
        assertThat(gateway.maxInFlight.get()).isLessThanOrEqualTo(2);
    }
}
