package baedal.platform.security;

import baedal.kernel.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues signed access tokens for authenticated users; the resource-server side verifies them. */
@Component
public class TokenIssuer {

    private final JwtEncoder encoder;
    private final JwtProperties properties;
    private final Clock clock;

    TokenIssuer(JwtEncoder encoder, JwtProperties properties, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    /** A bearer token naming the user by id and carrying the roles they act in. */
    public IssuedToken issue(UUID userId, String username, Set<Role> roles) {
        var now = Instant.now(clock);
        var claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(userId.toString())
                .issuedAt(now)
                .expiresAt(now.plus(properties.ttl()))
                .claim(SecurityConfiguration.USERNAME_CLAIM, username)
                .claim(
                        SecurityConfiguration.ROLES_CLAIM,
                        roles.stream().map(Role::name).sorted().toList())
                .build();
        var header = JwsHeader.with(MacAlgorithm.HS256).build();
        var token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(token, properties.ttl().toSeconds());
    }

    /** A signed token and its lifetime in seconds. */
    public record IssuedToken(String accessToken, long expiresInSeconds) {}
}
