package baedal.platform.security;

import baedal.kernel.Role;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link Caller} controller parameters from the verified JWT of the request. */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType());
    }

    @Override
    public Caller resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw new InsufficientAuthenticationException("A bearer token is required.");
        }
        return caller(token.getToken());
    }

    private static Caller caller(Jwt jwt) {
        var roles = EnumSet.noneOf(Role.class);
        var claimed = jwt.getClaimAsStringList(SecurityConfiguration.ROLES_CLAIM);
        if (claimed != null) {
            claimed.forEach(role -> roles.add(Role.valueOf(role)));
        }
        var username = jwt.getClaimAsString(SecurityConfiguration.USERNAME_CLAIM);
        return new Caller(UUID.fromString(jwt.getSubject()), username == null ? "" : username, roles);
    }
}
