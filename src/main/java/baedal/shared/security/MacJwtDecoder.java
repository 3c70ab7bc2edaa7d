package baedal.shared.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Objects;
import javax.crypto.SecretKey;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Verifies our own HS256 access tokens with Nimbus JOSE directly: one shared verifier for the one key, the issuer and
 * the time window checked here, no key selection, no per-token verifier and no claim conversion service — the steps
 * of the general-purpose {@code NimbusJwtDecoder} that cost the most when every request of a flash sale carries a
 * token never seen before.
 */
final class MacJwtDecoder implements JwtDecoder {

    private final MACVerifier verifier;
    private final String issuer;
    private final Duration clockSkew;
    private final Clock clock;

    MacJwtDecoder(SecretKey key, String issuer, Duration clockSkew, Clock clock) {
        try {
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the token signing key is not usable for HS256", e);
        }
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new BadJwtException("Malformed token", e);
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new BadJwtException("Unsupported algorithm " + jwt.getHeader().getAlgorithm());
        }
        try {
            if (!jwt.verify(verifier)) {
                throw new BadJwtException("Signature does not match");
            }
            var claims = jwt.getJWTClaimsSet();
            if (!issuer.equals(claims.getIssuer())) {
                throw new BadJwtException("Unexpected issuer " + claims.getIssuer());
            }
            var now = clock.instant();
            var expiresAt = claims.getExpirationTime();
            if (expiresAt == null || now.minus(clockSkew).isAfter(expiresAt.toInstant())) {
                throw new BadJwtException("Jwt expired at " + (expiresAt == null ? "?" : expiresAt.toInstant()));
            }
            var notBefore = claims.getNotBeforeTime();
            if (notBefore != null && now.plus(clockSkew).isBefore(notBefore.toInstant())) {
                throw new BadJwtException("Jwt used before " + notBefore.toInstant());
            }
            var values = new LinkedHashMap<String, Object>(claims.getClaims());
            values.replaceAll((name, value) -> value instanceof Date date ? date.toInstant() : value);
            return Jwt.withTokenValue(token)
                    .headers(headers -> headers.putAll(jwt.getHeader().toJSONObject()))
                    .claims(all -> all.putAll(values))
                    .build();
        } catch (JOSEException | ParseException e) {
            throw new BadJwtException("Token cannot be verified", e);
        }
    }
}
