package baedal.shared.web;

import baedal.shared.kernel.Role;
import baedal.shared.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One of the platform's hottest endpoints, answered by {@link FastRoutes} ahead of Spring Security and Spring MVC.
 * A module's web adapter declares it as a bean next to its controller and hands the request to the controller's own
 * method, so both ways of serving the endpoint share one implementation. A route serves only authenticated callers
 * with one of its roles; every other request for its path goes on to the security chain and MVC, which answer it as
 * usual (401, 403, 400 for a malformed id). A route with a body reads it as JSON and validates it; a body that does
 * not read or validate also goes on to MVC, which explains what is wrong.
 *
 * @param method the HTTP method
 * @param pattern the path as the controller maps it, each {@code {variable}} a UUID (also the metrics' uri tag)
 * @param roles callers need one of these; empty for any authenticated caller
 * @param body the type of the JSON request body, or null for a route without one
 * @param handler what the controller answers
 */
public record FastRoute(
        String method,
        String pattern,
        Set<Role> roles,
        @Nullable Class<?> body,
        Handler handler) {

    /** What a handler returns to leave the request to the security chain and MVC; it must not have changed anything. */
    public static final Object DECLINED = new Object();

    public FastRoute {
        roles = Set.copyOf(roles);
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("a route's pattern starts with /: " + pattern);
        }
    }

    public static FastRoute get(String pattern, Handler handler, Role... roles) {
        return new FastRoute("GET", pattern, Set.of(roles), null, handler);
    }

    public static FastRoute post(String pattern, Handler handler, Role... roles) {
        return new FastRoute("POST", pattern, Set.of(roles), null, handler);
    }

    public static FastRoute post(String pattern, Class<?> body, Handler handler, Role... roles) {
        return new FastRoute("POST", pattern, Set.of(roles), body, handler);
    }

    /**
     * Answers the request of a caller the route admits: the response body (an {@code ResponseEntity} for another
     * status or headers), null for an empty 200, or {@link #DECLINED}.
     */
    @FunctionalInterface
    public interface Handler {

        @Nullable
        Object handle(Request request);
    }

    /** The caller, the ids in the path in their order, the request itself and its body, read and validated. */
    public record Request(
            Caller caller,
            List<UUID> ids,
            HttpServletRequest servlet,
            @Nullable Object body) {

        public UUID id(int index) {
            return ids.get(index);
        }

        public @Nullable String header(String name) {
            return servlet.getHeader(name);
        }

        public <T> T body(Class<T> type) {
            return type.cast(body);
        }
    }

    /** The ids in the request path when it is this route's path with a well-formed UUID for each variable. */
    @Nullable
    List<UUID> match(String requestMethod, String uri) {
        if (!method.equals(requestMethod)) {
            return null;
        }
        var ids = new ArrayList<UUID>(2);
        int p = 0;
        int u = 0;
        while (p < pattern.length()) {
            if (pattern.charAt(p) == '{') {
                int close = pattern.indexOf('}', p);
                if (u + 36 > uri.length()) {
                    return null;
                }
                var id = uuid(uri, u);
                if (id == null) {
                    return null;
                }
                ids.add(id);
                p = close + 1;
                u += 36;
            } else {
                if (u >= uri.length() || uri.charAt(u) != pattern.charAt(p)) {
                    return null;
                }
                p++;
                u++;
            }
        }
        return u == uri.length() ? ids : null;
    }

    private static @Nullable UUID uuid(String uri, int from) {
        for (int i = from; i < from + 36; i++) {
            char c = uri.charAt(i);
            boolean dash = i - from == 8 || i - from == 13 || i - from == 18 || i - from == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return null;
            }
        }
        return UUID.fromString(uri.substring(from, from + 36));
    }
}
