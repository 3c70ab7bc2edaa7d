package baedal.shared.security;

import baedal.shared.kernel.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.stereotype.Component;
import org.springframework.util.ConcurrentLruCache;

/**
 * Authenticates a request by its bearer token with the same decoder and rules as the security filter chain, for the
 * fast paths that answer ahead of it.
 */
@Component
public class BearerAuthentication {

    private static final JwtAuthenticationConverter CONVERTER = SecurityConfiguration.authenticationConverter();

    private final JwtDecoder decoder;
    private final HeaderBearerTokenResolver tokens = new HeaderBearerTokenResolver();
    /** What a verified token says, worked out once per token: clients send the same token with every request. */
    private final ConcurrentLruCache<Jwt, Authenticated> authenticated =
            new ConcurrentLruCache<>(10_000, jwt -> new Authenticated(caller(jwt), CONVERTER.convert(jwt)));

    BearerAuthentication(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    /** The caller the request's token names; empty when it carries no token or one that does not verify. */
    public Optional<Caller> authenticate(HttpServletRequest request) {
        // Not through the cache: a flash sale brings a burst of first requests, one per customer.
        return verify(request).map(BearerAuthentication::caller);
    }

    /**
     * Runs {@code work} for the request's caller with the authentication the security chain would have established,
     * so method security ({@code @PreAuthorize}) applies as behind the chain. Returns what {@code work} returns, or
     * false without running it when the request carries no token, one that does not verify, or the caller has none
     * of {@code roles} (any role when empty).
     */
    public boolean runAs(HttpServletRequest request, Set<Role> roles, Predicate<Caller> work) {
        var jwt = verify(request).orElse(null);
        if (jwt == null) {
            return false;
        }
        var known = authenticated.get(jwt);
        var caller = known.caller();
        if (!roles.isEmpty() && roles.stream().noneMatch(caller::has)) {
            return false;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(known.authentication());
        SecurityContextHolder.setContext(context);
        try {
            return work.test(caller);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<Jwt> verify(HttpServletRequest request) {
        try {
            var token = tokens.resolve(request);
            return token == null ? Optional.empty() : Optional.of(decoder.decode(token));
        } catch (JwtException | InvalidBearerTokenException | IllegalArgumentException rejected) {
            return Optional.empty();
        }
    }

    /** The caller and the authentication the chain's converter makes of one verified token; both are immutable. */
    private record Authenticated(Caller caller, AbstractAuthenticationToken authentication) {}

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
