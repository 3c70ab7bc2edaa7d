package baedal.platform.web;

import baedal.kernel.Role;
import baedal.platform.security.TokenIssuer;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * HTTP clients for the internal query endpoints ({@code /internal/**}) that one baedal deployment offers another
 * once a module runs on its own. Each request carries a short-lived token with role SERVICE, signed with the key
 * every deployment shares. Timeouts are short: a caller that cannot get an answer fails, and its work stays queued
 * in the outbox for a retry.
 */
@Component
public class ServiceClients {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private final TokenIssuer tokens;
    private final Clock clock;
    private final UUID serviceId;
    private final String serviceName;
    private volatile Token current = new Token("", Instant.MIN);

    ServiceClients(TokenIssuer tokens, Clock clock, @Value("${spring.application.name:baedal}") String name) {
        this.tokens = tokens;
        this.clock = clock;
        this.serviceName = "service:" + name;
        this.serviceId = UUID.nameUUIDFromBytes(serviceName.getBytes(StandardCharsets.UTF_8));
    }

    /** A client of another deployment's internal endpoints at {@code baseUrl}. */
    public RestClient to(URI baseUrl, Duration connectTimeout, Duration readTimeout) {
        var requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        requests.setReadTimeout(readTimeout);
        return RestClient.builder()
                .baseUrl(baseUrl.toString())
                .requestFactory(requests)
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + token());
                    return execution.execute(request, body);
                })
                .build();
    }

    private String token() {
        var token = current;
        var now = Instant.now(clock);
        if (now.isAfter(token.renewAt())) {
            var issued = tokens.issue(serviceId, serviceName, Set.of(Role.SERVICE));
            token = new Token(
                    issued.accessToken(),
                    now.plusSeconds(issued.expiresInSeconds()).minus(RENEW_BEFORE_EXPIRY));
            current = token;
        }
        return token.value();
    }

    private record Token(String value, Instant renewAt) {}
}
