package baedal.platform.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.util.ConcurrentLruCache;

/**
 * Remembers tokens that passed verification, so a client's next request does not pay for the signature check and
 * claim parsing again. Only verified tokens are cached (a rejected token throws and is not stored), and expiry is
 * checked on every use, with the same clock skew the validator allows.
 */
final class CachingJwtDecoder implements JwtDecoder {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final ConcurrentLruCache<String, Jwt> verified;
    private final Clock clock;

    CachingJwtDecoder(JwtDecoder delegate, int capacity, Clock clock) {
        this.verified = new ConcurrentLruCache<>(capacity, delegate::decode);
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) {
        var jwt = verified.get(token);
        var expiresAt = jwt.getExpiresAt();
        if (expiresAt != null && clock.instant().minus(CLOCK_SKEW).isAfter(expiresAt)) {
            verified.remove(token);
            throw new BadJwtException("Jwt expired at " + expiresAt);
        }
        return jwt;
    }
}
