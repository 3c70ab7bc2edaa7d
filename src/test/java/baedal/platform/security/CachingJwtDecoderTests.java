package baedal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTests {

    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (token.startsWith("forged")) {
            throw new BadJwtException("signature does not match");
        }
        return Jwt.withTokenValue(token)
                .header("alg", "HS256")
                .subject("customer1")
                .issuedAt(NOW)
                .expiresAt(NOW.plus(Duration.ofHours(1)))
                .build();
    };

    @Test
    void verifiesATokenOnceAndServesItFromTheCacheAfterwards() {
        var decoder = new CachingJwtDecoder(verifier, 10, Clock.fixed(NOW, ZoneOffset.UTC));

        var first = decoder.decode("token-a");
        var second = decoder.decode("token-a");

        assertThat(second).isSameAs(first);
        assertThat(second.getSubject()).isEqualTo("customer1");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void neverCachesARejectedToken() {
        var decoder = new CachingJwtDecoder(verifier, 10, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> decoder.decode("forged-token")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged-token")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void rejectsACachedTokenOnceItExpired() {
        var later = new MutableClock(NOW);
        var decoder = new CachingJwtDecoder(verifier, 10, later);
        decoder.decode("token-b");

        later.now =
                NOW.plus(Duration.ofHours(1)).plus(CachingJwtDecoder.CLOCK_SKEW).plusSeconds(1);

        assertThatThrownBy(() -> decoder.decode("token-b"))
                .isInstanceOf(BadJwtException.class)
                .hasMessageContaining("expired");
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
