package baedal.payment.adapter.out.gateway;

import baedal.kernel.Money;
import baedal.payment.domain.GatewayUnavailableException;
import baedal.payment.domain.PaymentDeclinedException;
import baedal.payment.domain.PaymentGateway;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Talks to a payment gateway over HTTP. Each call carries an idempotency key, so timeouts and 5xx answers are
 * retried (a few times, with backoff); a decline (402) is final. A circuit breaker fails fast while the gateway is
 * down, and a concurrency limit keeps a burst from overloading it: excess calls are refused quickly and the
 * payment waits as pending instead of piling onto the gateway.
 */
@SecondaryAdapter
public class HttpPaymentGatewayClient implements PaymentGateway {

    private final RestClient http;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final Bulkhead bulkhead;

    HttpPaymentGatewayClient(HttpGatewaySettings settings) {
        var client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .build();
        var requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(settings.readTimeout());
        this.http = RestClient.builder()
                .baseUrl(settings.baseUrl().toString())
                .requestFactory(requests)
                .build();
        this.retry = Retry.of(
                "payment-gateway",
                RetryConfig.custom()
                        .maxAttempts(settings.maxAttempts())
                        .waitDuration(Duration.ofMillis(100))
                        .retryExceptions(TransientFailure.class)
                        .build());
        this.circuitBreaker = CircuitBreaker.of(
                "payment-gateway",
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(20)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(settings.failureRateThreshold())
                        .waitDurationInOpenState(settings.openDuration())
                        .permittedNumberOfCallsInHalfOpenState(2)
                        .recordExceptions(TransientFailure.class)
                        .build());
        this.bulkhead = Bulkhead.of(
                "payment-gateway",
                BulkheadConfig.custom()
                        .maxConcurrentCalls(settings.maxConcurrentCalls())
                        .maxWaitDuration(settings.maxWait())
                        .build());
    }

    @Override
    public String charge(String idempotencyKey, UUID orderId, Money amount) {
        return call(() -> http.post()
                        .uri("/v1/charges")
                        .header("Idempotency-Key", idempotencyKey)
                        .body(new ChargeRequest(orderId, amount.won()))
                        .retrieve()
                        .body(ChargeResponse.class))
                .transactionId();
    }

    @Override
    public void refund(String idempotencyKey, String transactionId, Money amount) {
        call(() -> http.post()
                .uri("/v1/refunds")
                .header("Idempotency-Key", idempotencyKey)
                .body(new RefundRequest(transactionId, amount.won()))
                .retrieve()
                .toBodilessEntity());
    }

    CircuitBreaker.State circuitState() {
        return circuitBreaker.getState();
    }

    private <T> T call(Supplier<T> request) {
        Supplier<T> guarded = () -> translate(request);
        try {
            return Bulkhead.decorateSupplier(
                            bulkhead,
                            CircuitBreaker.decorateSupplier(circuitBreaker, Retry.decorateSupplier(retry, guarded)))
                    .get();
        } catch (TransientFailure e) {
            throw new GatewayUnavailableException(e.getMessage());
        } catch (CallNotPermittedException e) {
            throw new GatewayUnavailableException("circuit open: the gateway failed repeatedly");
        } catch (BulkheadFullException e) {
            throw new GatewayUnavailableException("too many calls to the gateway in flight");
        }
    }

    private static <T> T translate(Supplier<T> request) {
        try {
            return request.get();
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.PAYMENT_REQUIRED)) {
                throw new PaymentDeclinedException("gateway declined: " + e.getResponseBodyAsString());
            }
            throw new IllegalStateException("gateway rejected the request: " + e.getStatusCode(), e);
        } catch (ResourceAccessException e) {
            throw new TransientFailure("gateway unreachable or too slow: " + e.getMessage());
        } catch (RestClientException e) {
            throw new TransientFailure("gateway failed: " + e.getMessage());
        }
    }

    /** A failure that may pass: connection problems, timeouts, 5xx. */
    static final class TransientFailure extends RuntimeException {
        TransientFailure(String message) {
            super(message, null, false, false);
        }
    }

    record ChargeRequest(UUID orderId, long amount) {}

    record ChargeResponse(String transactionId, String status) {}

    record RefundRequest(String transactionId, long amount) {}
}
