package baedal.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signing of the access tokens baedal issues itself (HMAC-SHA256).
 *
 * @param secret signing key, at least 32 bytes; only the demo profile ships one
 * @param issuer the {@code iss} claim
 * @param ttl how long a token is valid
 * @param knownAccountsOnly whether a token must name an account that exists (on by default; off only where tokens are
 *     signed for users that are not stored, as the benchmarks' and crash tests' synthetic customers)
 */
@ConfigurationProperties("baedal.security.jwt")
record JwtProperties(
        String secret,
        String issuer,
        Duration ttl,
        @DefaultValue("true") boolean knownAccountsOnly) {

    JwtProperties {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException(
                    "baedal.security.jwt.secret must be set to at least 32 bytes (only the demo profile has a default)");
        }
        issuer = issuer == null ? "baedal" : issuer;
        ttl = ttl == null ? Duration.ofHours(1) : ttl;
    }
}
