package baedal.display.adapter.in.web;

import baedal.display.application.DisplayPages;
import baedal.display.application.RenderedPage;
import baedal.platform.web.EarlyRoute;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The display's three public GETs answered early with the read model's pre-rendered pages (the platform's hottest
 * requests). A request is answered here only when every parameter is one {@link DisplayController} accepts and the
 * page exists; anything else goes on to the controller, which says what is wrong.
 */
@Configuration(proxyBeanMethods = false)
class DisplayEarlyRoutes {

    private static final Pattern CATEGORY = Pattern.compile(DisplayController.CATEGORY);

    @Bean
    EarlyRoute displayHome(DisplayPages pages, MeterRegistry meters) {
        var served = new Served(meters, "home");
        return new EarlyRoute(HttpMethod.GET, DisplayController.HOME, (request, response, variables) -> {
            var lat = coordinate(request, "lat", 90);
            var lng = coordinate(request, "lng", 180);
            return lat != null && lng != null && served.send(request, response, pages.home(lat, lng));
        });
    }

    @Bean
    EarlyRoute displayShops(DisplayPages pages, MeterRegistry meters) {
        var served = new Served(meters, "list");
        return new EarlyRoute(HttpMethod.GET, DisplayController.SHOPS, (request, response, variables) -> {
            var category = request.getParameter("category");
            var lat = coordinate(request, "lat", 90);
            var lng = coordinate(request, "lng", 180);
            var page = integer(request, "page", 0, 0, DisplayController.MAX_PAGE);
            var size = integer(request, "size", 20, 1, DisplayController.MAX_SIZE);
            if ((category != null && !CATEGORY.matcher(category).matches())
                    || lat == null
                    || lng == null
                    || page == null
                    || size == null) {
                return false;
            }
            var all = category == null || category.isEmpty();
            return served.send(request, response, pages.list(all ? null : category, lat, lng, page, size));
        });
    }

    @Bean
    EarlyRoute displayShop(DisplayPages pages, MeterRegistry meters) {
        var served = new Served(meters, "detail");
        return new EarlyRoute(HttpMethod.GET, DisplayController.SHOP, (request, response, variables) -> {
            var id = variables.get("shopId");
            if (id == null || id.length() != 36) {
                return false;
            }
            try {
                var detail = pages.detail(UUID.fromString(id));
                return detail != null && served.send(request, response, detail);
            } catch (IllegalArgumentException notAnId) {
                return false;
            }
        });
    }

    /** A coordinate within the limit, or null when absent or not one the controller accepts. */
    private static @Nullable Double coordinate(HttpServletRequest request, String name, double limit) {
        var raw = request.getParameter(name);
        if (raw == null || raw.isEmpty() || raw.length() > 32) {
            return null;
        }
        try {
            var value = Double.parseDouble(raw);
            return value >= -limit && value <= limit ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The whole number within [min, max], the fallback when absent or empty, or null otherwise. */
    private static @Nullable Integer integer(HttpServletRequest request, String name, int fallback, int min, int max) {
        var raw = request.getParameter(name);
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        if (raw.length() > 9) {
            return null;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) < '0' || raw.charAt(i) > '9') {
                return null;
            }
        }
        var value = Integer.parseInt(raw);
        return value >= min && value <= max ? value : null;
    }

    /** Display GETs answered early, by endpoint and status: a counter is all these requests can afford. */
    private static final class Served {

        private final Counter ok;
        private final Counter notModified;

        Served(MeterRegistry meters, String endpoint) {
            this.ok = counter(meters, endpoint, "200");
            this.notModified = counter(meters, endpoint, "304");
        }

        boolean send(HttpServletRequest request, HttpServletResponse response, RenderedPage page) throws IOException {
            (PageResponses.send(request, response, page) == 304 ? notModified : ok).increment();
            return true;
        }

        private static Counter counter(MeterRegistry meters, String endpoint, String status) {
            return Counter.builder("baedal.display.requests")
                    .description("Display GETs answered ahead of the security chain, by endpoint and status")
                    .tag("endpoint", endpoint)
                    .tag("status", status)
                    .register(meters);
        }
    }
}
