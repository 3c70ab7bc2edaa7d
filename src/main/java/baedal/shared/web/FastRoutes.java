package baedal.shared.web;

import baedal.shared.security.BearerAuthentication;
import baedal.shared.security.Caller;
import baedal.shared.security.SecurityHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the {@link FastRoute}s: it authenticates the bearer token with the security chain's decoder, calls the
 * route's handler and writes its answer as Spring MVC would, headers of the security chain included. Errors the use
 * cases raise become the same problem details {@link ProblemDetailsAdvice} gives. A request it does not answer
 * (another path, no valid token, a role the route does not admit) goes on to the rest of the filter chain.
 */
@PrimaryAdapter
class FastRoutes extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(FastRoutes.class);

    private final List<FastRoute> routes;
    private final BearerAuthentication authentication;
    private final JsonMapper json;

    FastRoutes(List<FastRoute> routes, BearerAuthentication authentication, JsonMapper json) {
        this.routes = List.copyOf(routes);
        this.authentication = authentication;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var method = request.getMethod();
        var uri = request.getRequestURI();
        for (var route : routes) {
            var ids = route.match(method, uri);
            if (ids != null) {
                var answered = authentication.runAs(request, route.roles(), caller -> {
                    ServerHttpObservationFilter.findObservationContext(request)
                            .ifPresent(observation -> observation.setPathPattern(route.pattern()));
                    answer(route, caller, ids, uri, response);
                });
                if (answered) {
                    return;
                }
                break;
            }
        }
        chain.doFilter(request, response);
    }

    private void answer(FastRoute route, Caller caller, List<UUID> ids, String uri, HttpServletResponse response) {
        try {
            write(route, caller, ids, uri, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(FastRoute route, Caller caller, List<UUID> ids, String uri, HttpServletResponse response)
            throws IOException {
        SecurityHeaders.write(response);
        Object body;
        try {
            body = route.handler().handle(caller, ids);
        } catch (RuntimeException e) {
            var problem = ProblemDetailsAdvice.knownProblem(e);
            if (problem == null) {
                log.error("Unexpected error", e);
                ProblemResponses.write(response, 500, "Internal error", "Something went wrong on our side.", uri);
                return;
            }
            if (problem.getStatus() == 503) {
                response.setHeader("Retry-After", "1");
            }
            ProblemResponses.write(
                    response,
                    problem.getStatus(),
                    String.valueOf(problem.getTitle()),
                    String.valueOf(problem.getDetail()),
                    uri);
            return;
        }
        response.setStatus(200);
        if (body != null) {
            var bytes = json.writeValueAsBytes(body);
            response.setContentType("application/json");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
