package baedal.platform.security;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every endpoint of baedal's controllers with the access its {@code @PreAuthorize} declares, read once from Spring
 * MVC's handler mappings. The security filter chain authorizes each request by these rules, so a caller without the
 * right role is turned away before the body is read or validated, and method security checks the same declaration
 * again at the controller. An endpoint without a declaration, or with one these rules cannot express, stops the
 * application from starting.
 */
public final class EndpointAuthorization {

    private static final Pattern HAS_ROLE = Pattern.compile("hasRole\\('([A-Z_]+)'\\)");
    private static final Pattern HAS_ANY_ROLE = Pattern.compile("hasAnyRole\\(('[A-Z_]+'(\\s*,\\s*'[A-Z_]+')*)\\)");

    private final List<Endpoint> endpoints;
    private final Map<Method, Access> byHandler;

    /** The endpoints of the handler methods declared in {@code basePackage} (other libraries' are not ours to rule). */
    public static EndpointAuthorization of(Map<RequestMappingInfo, HandlerMethod> handlerMethods, String basePackage) {
        var endpoints = new ArrayList<Endpoint>();
        var byHandler = new HashMap<Method, Access>();
        handlerMethods.forEach((info, handler) -> {
            var type = ClassUtils.getUserClass(handler.getBeanType());
            if (!type.getName().startsWith(basePackage + ".")) {
                return;
            }
            var access = accessOf(handler.getMethod(), type);
            byHandler.put(handler.getMethod(), access);
            var patterns = info.getPathPatternsCondition() == null
                    ? Set.<String>of()
                    : info.getPathPatternsCondition().getPatternValues();
            var methods = info.getMethodsCondition().getMethods();
            for (var pattern : patterns) {
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint(null, pattern, access));
                }
                for (var method : methods) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern, access));
                    if (method == RequestMethod.GET) {
                        endpoints.add(new Endpoint(HttpMethod.HEAD, pattern, access));
                    }
                }
            }
        });
        return new EndpointAuthorization(endpoints, byHandler);
    }

    private EndpointAuthorization(List<Endpoint> endpoints, Map<Method, Access> byHandler) {
        this.byHandler = Map.copyOf(byHandler);
        var parser = PathPatternParser.defaultInstance;
        // Spring MVC picks the most specific of several matching patterns; the filter chain takes the first rule that
        // matches, so the rules go in the order of specificity.
        this.endpoints = endpoints.stream()
                .sorted(Comparator.comparing(
                                (Endpoint endpoint) -> parser.parse(endpoint.pattern()),
                                PathPattern.SPECIFICITY_COMPARATOR)
                        .thenComparing(endpoint -> endpoint.pattern())
                        .thenComparing(endpoint -> String.valueOf(endpoint.method())))
                .toList();
    }

    /** Every endpoint with its access, most specific pattern first. */
    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** The access declared for a method and pattern, if some controller maps exactly that. */
    public @Nullable Access accessOf(HttpMethod method, String pattern) {
        return endpoints.stream()
                .filter(endpoint -> pattern.equals(endpoint.pattern()) && method.equals(endpoint.method()))
                .map(Endpoint::access)
                .findFirst()
                .orElse(null);
    }

    /** The access declared for a controller method, or null for a method that is no endpoint of ours. */
    public @Nullable Access accessOf(Method handler) {
        return byHandler.get(handler);
    }

    /** Adds a rule per endpoint to the filter chain's request authorization. */
    void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        var matchers = PathPatternRequestMatcher.withDefaults();
        for (var endpoint : endpoints) {
            var rule = endpoint.method() == null
                    ? requests.requestMatchers(matchers.matcher(endpoint.pattern()))
                    : requests.requestMatchers(matchers.matcher(endpoint.method(), endpoint.pattern()));
            var access = endpoint.access();
            switch (access.kind()) {
                case PUBLIC -> rule.permitAll();
                case AUTHENTICATED -> rule.authenticated();
                case ROLES -> rule.hasAnyRole(access.roles().toArray(String[]::new));
            }
        }
    }

    private static Access accessOf(Method method, Class<?> type) {
        var declared = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (declared == null) {
            declared = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
        }
        if (declared == null) {
            throw new IllegalStateException("%s.%s declares no @PreAuthorize: every endpoint says who may call it"
                    .formatted(type.getSimpleName(), method.getName()));
        }
        var access = Access.parse(declared.value());
        if (access == null) {
            throw new IllegalStateException(
                    "%s.%s: @PreAuthorize(\"%s\") is not one of permitAll(), isAuthenticated(), hasRole('R'), hasAnyRole('R', ...)"
                            .formatted(type.getSimpleName(), method.getName(), declared.value()));
        }
        return access;
    }

    /** One method and path pattern as a controller maps it ({@code null} method: every method). */
    public record Endpoint(@Nullable HttpMethod method, String pattern, Access access) {

        @Override
        public String toString() {
            return (method == null ? "*" : method.name()) + " " + pattern + " " + access;
        }
    }

    /** Who may call an endpoint: anyone, any signed-in caller, or callers with one of the roles. */
    public record Access(Kind kind, Set<String> roles) {

        public enum Kind {
            PUBLIC,
            AUTHENTICATED,
            ROLES
        }

        public Access {
            roles = Collections.unmodifiableSortedSet(new TreeSet<>(roles));
        }

        public boolean isPublic() {
            return kind == Kind.PUBLIC;
        }

        static @Nullable Access parse(String expression) {
            var trimmed = expression.strip();
            if (trimmed.equals("permitAll()") || trimmed.equals("permitAll")) {
                return new Access(Kind.PUBLIC, Set.of());
            }
            if (trimmed.equals("isAuthenticated()")) {
                return new Access(Kind.AUTHENTICATED, Set.of());
            }
            var one = HAS_ROLE.matcher(trimmed);
            if (one.matches()) {
                return new Access(Kind.ROLES, Set.of(one.group(1)));
            }
            var any = HAS_ANY_ROLE.matcher(trimmed);
            if (any.matches()) {
                var roles = Arrays.stream(any.group(1).split(","))
                        .map(role -> role.strip().replace("'", ""))
                        .collect(java.util.stream.Collectors.toSet());
                return new Access(Kind.ROLES, roles);
            }
            return null;
        }

        @Override
        public String toString() {
            return switch (kind) {
                case PUBLIC -> "public";
                case AUTHENTICATED -> "authenticated";
                case ROLES -> String.join("|", roles);
            };
        }
    }
}
