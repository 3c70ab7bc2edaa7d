package baedal.payment.adapter.out.gateway;

import baedal.kernel.Money;
import baedal.payment.domain.GatewayUnavailableException;
import baedal.payment.domain.PaymentDeclinedException;
import baedal.payment.domain.PaymentGateway;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The built-in gateway for development and tests: approves after a configurable latency, fails or declines at
 * configurable rates, can be switched off to rehearse an outage, and honours idempotency keys like a real PG.
 */
@SecondaryAdapter
public class SandboxPaymentGateway implements PaymentGateway {

    private final Settings settings;
    private final AtomicBoolean available = new AtomicBoolean(true);
    private final Map<String, String> charges = new ConcurrentHashMap<>();

    SandboxPaymentGateway(Settings settings) {
        this.settings = settings;
    }

    /** Simulates an outage (false) or its end (true). */
    public void setAvailable(boolean up) {
        available.set(up);
    }

    public boolean isAvailable() {
        return available.get();
    }

    @Override
    public String charge(String idempotencyKey, UUID orderId, Money amount) {
        simulateCall();
        if (ThreadLocalRandom.current().nextDouble() < settings.declineRate()) {
            throw new PaymentDeclinedException("sandbox declined the card");
        }
        return charges.computeIfAbsent(idempotencyKey, key -> "sandbox-" + UUID.randomUUID());
    }

    @Override
    public void refund(String idempotencyKey, String transactionId, Money amount) {
        simulateCall();
    }

    private void simulateCall() {
        if (!available.get() || ThreadLocalRandom.current().nextDouble() < settings.failureRate()) {
            throw new GatewayUnavailableException("sandbox gateway unreachable");
        }
        if (!settings.latency().isZero()) {
            try {
                Thread.sleep(settings.latency());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GatewayUnavailableException("interrupted");
            }
        }
    }

    /**
     * @param latency how long each call takes
     * @param failureRate share of calls that find the gateway unreachable (0..1)
     * @param declineRate share of charges that are declined (0..1)
     */
    @ConfigurationProperties("baedal.payment.sandbox")
    record Settings(Duration latency, double failureRate, double declineRate) {

        Settings {
            latency = latency == null ? Duration.ofMillis(20) : latency;
            if (failureRate < 0 || failureRate > 1 || declineRate < 0 || declineRate > 1) {
                throw new IllegalArgumentException("sandbox rates must be between 0 and 1");
            }
        }
    }
}
