package baedal.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class MacJwtDecoderTests {

    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    private static final SecretKey KEY = key("a-test-signing-key-of-at-least-32-bytes!");
    private static final Duration SKEW = Duration.ofSeconds(60);

    private final MacJwtDecoder decoder = new MacJwtDecoder(KEY, "baedal", SKEW, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void decodesAValidTokenWithItsClaims() {
        var jwt = decoder.decode(token(KEY, "baedal", NOW.plus(Duration.ofHours(1))));

        assertThat(jwt.getSubject()).isEqualTo("00000000-0000-0000-0000-000000000101");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CUSTOMER");
        assertThat(jwt.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(jwt.getIssuedAt()).isEqualTo(NOW);
        assertThat(jwt.getHeaders()).containsEntry("alg", "HS256");
    }

    @Test
    void rejectsATokenSignedWithAnotherKey() {
        var forged = token(key("another-signing-key-of-at-least-32-bytes"), "baedal", NOW.plusSeconds(600));

        assertThatThrownBy(() -> decoder.decode(forged))
                .isInstanceOf(BadJwtException.class)
                .hasMessageContaining("Signature");
    }

    @Test
    void rejectsAnotherIssuer() {
        assertThatThrownBy(() -> decoder.decode(token(KEY, "someone-else", NOW.plusSeconds(600))))
                .isInstanceOf(BadJwtException.class)
                .hasMessageContaining("issuer");
    }

    @Test
    void rejectsAnExpiredTokenOnlyPastTheClockSkew() {
        assertThat(decoder.decode(token(KEY, "baedal", NOW.minusSeconds(30))).getSubject())
                .isNotNull();
        assertThatThrownBy(() ->
                        decoder.decode(token(KEY, "baedal", NOW.minus(SKEW).minusSeconds(1))))
                .isInstanceOf(BadJwtException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void rejectsMalformedAndUnsignedTokens() {
        var unsigned = "eyJhbGciOiJub25lIn0.eyJpc3MiOiJiYWVkYWwiLCJzdWIiOiJ4In0.";
        for (var token : List.of("not-a-token", "a.b.c", unsigned)) {
            assertThatThrownBy(() -> decoder.decode(token)).as(token).isInstanceOf(BadJwtException.class);
        }
    }

    private static String token(SecretKey key, String issuer, Instant expiresAt) {
        var claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject("00000000-0000-0000-0000-000000000101")
                .issuedAt(expiresAt.minus(Duration.ofHours(1)))
                .expiresAt(expiresAt)
                .claim("roles", List.of("CUSTOMER"))
                .build();
        return new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    private static SecretKey key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
}
