package baedal.payment.adapter.out.gateway;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HTTP payment gateway client ({@code baedal.payment.gateway=http}).
 *
 * @param baseUrl where the gateway listens
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param maxAttempts attempts per call on timeouts and 5xx (safe: every call carries an idempotency key)
 * @param maxConcurrentCalls calls in flight at once; more wait up to {@code maxWait}, then the payment waits as pending
 * @param maxWait how long a call may wait for a free slot
 * @param failureRateThreshold percentage of failed calls (over the last 20) that opens the circuit
 * @param openDuration how long the open circuit fails fast before letting trial calls through
 */
@ConfigurationProperties("baedal.payment.http")
record HttpGatewaySettings(
        URI baseUrl,
        Duration connectTimeout,
        Duration readTimeout,
        int maxAttempts,
        int maxConcurrentCalls,
        Duration maxWait,
        float failureRateThreshold,
        Duration openDuration) {

    HttpGatewaySettings {
        baseUrl = baseUrl == null ? URI.create("http://localhost:9090") : baseUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(3) : readTimeout;
        maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
        maxConcurrentCalls = maxConcurrentCalls <= 0 ? 20 : maxConcurrentCalls;
        maxWait = maxWait == null ? Duration.ofMillis(200) : maxWait;
        failureRateThreshold = failureRateThreshold <= 0 ? 50f : failureRateThreshold;
        openDuration = openDuration == null ? Duration.ofSeconds(10) : openDuration;
    }
}
