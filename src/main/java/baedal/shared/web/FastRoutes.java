package baedal.shared.web;

import baedal.shared.security.BearerAuthentication;
import baedal.shared.security.SecurityHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the {@link FastRoute}s: it authenticates the bearer token with the security chain's decoder, reads and
 * validates a JSON body with the application's mapper and validator, calls the route's handler and writes its answer
 * as Spring MVC would, headers of the security chain included. Errors the use cases raise become the same problem
 * details {@link ProblemDetailsAdvice} gives. A request it does not answer (another path, no valid token, a role the
 * route does not admit, a body that does not read or validate, a handler that declines) goes on to the rest of the
 * filter chain, with its body as it arrived.
 */
@PrimaryAdapter
class FastRoutes extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(FastRoutes.class);

    /** Larger bodies are left to MVC. */
    static final int MAX_BODY = 64 * 1024;

    private final List<FastRoute> routes;
    private final BearerAuthentication authentication;
    private final JsonMapper json;
    private final Validator validator;

    FastRoutes(List<FastRoute> routes, BearerAuthentication authentication, JsonMapper json, Validator validator) {
        this.routes = List.copyOf(routes);
        this.authentication = authentication;
        this.json = json;
        this.validator = validator;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var method = request.getMethod();
        var uri = request.getRequestURI();
        var onwards = new HttpServletRequest[] {request};
        for (var route : routes) {
            var ids = route.match(method, uri);
            if (ids != null) {
                var answered = authentication.runAs(request, route.roles(), caller -> {
                    var body = (Object) null;
                    if (route.body() != null) {
                        var bytes = bodyOf(request);
                        if (bytes == null) {
                            return false;
                        }
                        onwards[0] = new ReplayedBody(request, bytes);
                        body = read(bytes, route.body());
                        if (body == null) {
                            return false;
                        }
                    }
                    return answer(route, new FastRoute.Request(caller, ids, request, body), uri, response);
                });
                if (answered) {
                    return;
                }
                break;
            }
        }
        chain.doFilter(onwards[0], response);
    }

    /** The JSON body of a request, or null when it is not JSON or too large to read here. */
    private static byte @Nullable [] bodyOf(HttpServletRequest request) {
        if (!isJson(request.getContentType()) || request.getContentLengthLong() > MAX_BODY) {
            return null;
        }
        try {
            return request.getInputStream().readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isJson(@Nullable String contentType) {
        try {
            return contentType != null
                    && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    /** The body as the type, or null when it does not read or validate (MVC then explains why). */
    private @Nullable Object read(byte[] bytes, Class<?> type) {
        if (bytes.length > MAX_BODY) {
            return null;
        }
        try {
            var body = json.readValue(bytes, type);
            return body != null && validator.validate(body).isEmpty() ? body : null;
        } catch (JacksonException unreadable) {
            return null;
        }
    }

    private boolean answer(FastRoute route, FastRoute.Request request, String uri, HttpServletResponse response) {
        ServerHttpObservationFilter.findObservationContext(request.servlet())
                .ifPresent(observation -> observation.setPathPattern(route.pattern()));
        Object answer;
        try {
            answer = route.handler().handle(request);
        } catch (RuntimeException e) {
            write(response, () -> problem(e, uri, response));
            return true;
        }
        if (answer == FastRoute.DECLINED) {
            return false;
        }
        write(response, () -> body(answer, response));
        return true;
    }

    private void body(@Nullable Object answer, HttpServletResponse response) throws IOException {
        SecurityHeaders.write(response);
        var body = answer;
        var status = 200;
        if (answer instanceof ResponseEntity<?> entity) {
            status = entity.getStatusCode().value();
            entity.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            body = entity.getBody();
        }
        response.setStatus(status);
        if (body != null) {
            var bytes = json.writeValueAsBytes(body);
            response.setContentType("application/json");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    private static void problem(RuntimeException e, String uri, HttpServletResponse response) throws IOException {
        SecurityHeaders.write(response);
        if (!ProblemResponses.writeKnown(response, e, uri)) {
            log.error("Unexpected error", e);
            ProblemResponses.write(response, 500, "Internal error", "Something went wrong on our side.", uri);
        }
    }

    private static void write(HttpServletResponse response, Writing writing) {
        try {
            writing.write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Writing {
        void write() throws IOException;
    }

    /** The request with its body, already read, to be read again further down the chain. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            var charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(charset)));
        }
    }
}
