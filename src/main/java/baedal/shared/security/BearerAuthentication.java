package baedal.shared.security;

import baedal.shared.kernel.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Authenticates a request by its bearer token with the same decoder and rules as the security filter chain, for the
 * fast paths that answer ahead of it.
 */
@Component
public class BearerAuthentication {

    private final JwtDecoder decoder;
    private final HeaderBearerTokenResolver tokens = new HeaderBearerTokenResolver();

    BearerAuthentication(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    /** The caller the request's token names; empty when it carries no token or one that does not verify. */
    public Optional<Caller> authenticate(HttpServletRequest request) {
        try {
            var token = tokens.resolve(request);
            return token == null ? Optional.empty() : Optional.of(caller(decoder.decode(token)));
        } catch (JwtException | InvalidBearerTokenException | IllegalArgumentException rejected) {
            return Optional.empty();
        }
    }

    static Caller caller(Jwt jwt) {
        var roles = EnumSet.noneOf(Role.class);
        var claimed = jwt.getClaimAsStringList(SecurityConfiguration.ROLES_CLAIM);
        if (claimed != null) {
            claimed.forEach(role -> roles.add(Role.valueOf(role)));
        }
        var username = jwt.getClaimAsString(SecurityConfiguration.USERNAME_CLAIM);
        return new Caller(UUID.fromString(jwt.getSubject()), username == null ? "" : username, roles);
    }
}
