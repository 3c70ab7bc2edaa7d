package baedal.display.query;

import baedal.shared.web.ProblemResponses;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The HTTP side of the three display endpoints, shared by {@link DisplayController} and {@link DisplayFastPath}:
 * parameter validation with problem details, ETag / If-None-Match, and writing the pre-rendered bytes.
 */
@PrimaryAdapter
@Component
class DisplayHttp {

    static final String HOME = "/api/display/home";
    static final String SHOPS = "/api/display/shops";
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    private static final Pattern CATEGORY = Pattern.compile("[A-Z_]{1,30}");
    private static final String CACHE_CONTROL = "public, max-age=5";

    private final DisplayPages pages;

    /** The endpoints as the requests counter names them, and the statuses it tells apart. */
    private static final String[] ENDPOINTS = {"home", "list", "detail"};

    private static final int[] STATUSES = {200, 304, 400, 404};

    /** Requests served, by endpoint and status: a counter is all these paths can afford per request. */
    private final Counter[][] served = new Counter[ENDPOINTS.length][STATUSES.length + 1];

    DisplayHttp(DisplayPages pages, MeterRegistry meters) {
        this.pages = pages;
        for (int e = 0; e < ENDPOINTS.length; e++) {
            for (int s = 0; s <= STATUSES.length; s++) {
                served[e][s] = Counter.builder("baedal.display.requests")
                        .description("Display GETs answered, by endpoint and status")
                        .tag("endpoint", ENDPOINTS[e])
                        .tag("status", s < STATUSES.length ? String.valueOf(STATUSES[s]) : "other")
                        .register(meters);
            }
        }
    }

    /** Handles a display GET; returns false if the path is not a display endpoint (nothing written then). */
    boolean handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var endpoint = path.equals(HOME) ? 0 : path.equals(SHOPS) ? 1 : isDetail(path) ? 2 : -1;
        if (endpoint < 0) {
            return false;
        }
        answer(path, request, response);
        var status = response.getStatus();
        int s = 0;
        while (s < STATUSES.length && STATUSES[s] != status) {
            s++;
        }
        served[endpoint][s].increment();
        return true;
    }

    private static boolean isDetail(String path) {
        return path.startsWith(SHOPS + "/") && path.indexOf('/', SHOPS.length() + 1) < 0;
    }

    private void answer(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (path.equals(HOME)) {
                send(request, response, pages.home(coordinate(request, "lat", 90), coordinate(request, "lng", 180)));
                return;
            }
            if (path.equals(SHOPS)) {
                var category = request.getParameter("category");
                if (category != null && category.isBlank()) {
                    category = null;
                }
                if (category != null && !CATEGORY.matcher(category).matches()) {
                    throw new BadParameterException("category", "must be a category name such as CHICKEN");
                }
                var page = integer(request, "page", 0, 0, 10_000);
                var size = integer(request, "size", DEFAULT_SIZE, 1, MAX_SIZE);
                send(
                        request,
                        response,
                        pages.list(
                                category, coordinate(request, "lat", 90), coordinate(request, "lng", 180), page, size));
                return;
            }
            var shopId = uuid(path.substring(SHOPS.length() + 1));
            var detail = pages.detail(shopId);
            if (detail == null) {
                problem(response, 404, "Not found", "shop " + shopId + " is not listed", path);
            } else {
                send(request, response, detail);
            }
        } catch (BadParameterException e) {
            problem(response, 400, "Invalid request", "'%s' %s".formatted(e.parameter, e.getMessage()), path);
        }
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, RenderedPage page)
            throws IOException {
        response.setHeader("ETag", page.etag());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        if (page.matches(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        response.setStatus(200);
        response.setContentType("application/json");
        response.setContentLength(page.length());
        if (!"HEAD".equals(request.getMethod())) {
            page.writeTo(response.getOutputStream());
        }
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail, String instance)
            throws IOException {
        ProblemResponses.write(response, status, title, detail, instance);
    }

    private static double coordinate(HttpServletRequest request, String name, double limit) {
        var raw = request.getParameter(name);
        if (raw == null || raw.isBlank()) {
            throw new BadParameterException(name, "is required");
        }
        try {
            var value = Double.parseDouble(raw);
            if (!(value >= -limit && value <= limit)) {
                throw new BadParameterException(name, "must be within [-%s, %s]".formatted((int) limit, (int) limit));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "must be a decimal number");
        }
    }

    private static int integer(HttpServletRequest request, String name, int fallback, int min, int max) {
        var raw = request.getParameter(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            var value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw new BadParameterException(name, "must be within [%d, %d]".formatted(min, max));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "must be a whole number");
        }
    }

    private static UUID uuid(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("shopId", "must be a UUID");
        }
    }

    private static final class BadParameterException extends RuntimeException {

        private final String parameter;

        BadParameterException(@Nullable String parameter, String message) {
            super(message, null, false, false);
            this.parameter = parameter == null ? "" : parameter;
        }
    }
}
