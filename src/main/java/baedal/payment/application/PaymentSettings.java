package baedal.payment.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long payments wait for an unreachable gateway.
 *
 * @param deadline after this long without reaching the gateway a payment fails and its order is cancelled
 * @param retryInterval how often waiting payments are tried again
 */
@ConfigurationProperties("baedal.payment")
public record PaymentSettings(Duration deadline, Duration retryInterval) {

    public PaymentSettings {
        deadline = deadline == null ? Duration.ofMinutes(10) : deadline;
        retryInterval = retryInterval == null ? Duration.ofSeconds(10) : retryInterval;
    }
}
