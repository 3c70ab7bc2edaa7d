package baedal.platform.web;

import baedal.platform.security.EndpointAuthorization;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves the {@link EarlyRoute}s: the one place where requests are answered ahead of the security filter chain and
 * Spring MVC. It admits only routes whose controller method is public, so it needs no security of its own, and it
 * takes only plain paths (no encoded characters, path parameters or empty segments, which the chain's firewall
 * would judge); every other request, and every request a route declines, goes on to the chain untouched.
 */
@PrimaryAdapter
final class EarlyRoutes implements Filter {

    private final Route[] routes;

    EarlyRoutes(List<EarlyRoute> routes, EndpointAuthorization endpoints) {
        var parser = PathPatternParser.defaultInstance;
        this.routes = routes.stream()
                .map(route -> {
                    var access = endpoints.accessOf(route.method(), route.pattern());
                    if (access == null) {
                        throw new IllegalStateException(
                                "early route %s %s: no controller maps it".formatted(route.method(), route.pattern()));
                    }
                    if (!access.isPublic()) {
                        throw new IllegalStateException(
                                "early route %s %s: its controller requires %s, and early routes serve public endpoints only"
                                        .formatted(route.method(), route.pattern(), access));
                    }
                    var pattern = parser.parse(route.pattern());
                    var brace = route.pattern().indexOf('{');
                    var prefix = brace < 0 ? route.pattern() : route.pattern().substring(0, brace);
                    return new Route(route, pattern, prefix);
                })
                .toArray(Route[]::new);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http
                && response instanceof HttpServletResponse httpResponse
                && answered(http, httpResponse)) {
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean answered(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var method = request.getMethod();
        var uri = request.getRequestURI();
        if (!plain(uri) || !request.getContextPath().isEmpty()) {
            return false;
        }
        PathContainer path = null; // parsed once, for the first route whose prefix and method fit
        for (var route : routes) {
            if (!route.prefix().isEmpty() && !uri.startsWith(route.prefix())) {
                continue;
            }
            if (!route.admits(method)) {
                continue;
            }
            if (path == null) {
                path = PathContainer.parsePath(uri);
            }
            var match = route.pattern().matchAndExtract(path);
            if (match != null) {
                return route.route().responder().respond(request, response, match.getUriVariables());
            }
        }
        return false;
    }

    /** A path the firewall would pass as it is: no percent-encoding, no path parameters, no empty segment. */
    private static boolean plain(String uri) {
        return uri.indexOf('%') < 0 && uri.indexOf(';') < 0 && !uri.contains("//") && !uri.contains("/.");
    }

    private record Route(EarlyRoute route, PathPattern pattern, String prefix) {

        boolean admits(String method) {
            var expected = route.method();
            return expected.matches(method) || (expected == HttpMethod.GET && "HEAD".equals(method));
        }
    }
}
