package baedal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpMethod;

/**
 * A public endpoint whose successful answers are ready before a request arrives (the display's pre-rendered pages),
 * answered by {@link EarlyRoutes} ahead of the security filter chain and Spring MVC. It is the same endpoint as a
 * controller method maps: the route names that method's HTTP method and path pattern, and the application does not
 * start unless that controller method is declared public ({@code @PreAuthorize("permitAll()")}). A route answers only
 * what it can answer at once; anything else (a parameter it does not accept, an unknown id) it leaves to the
 * controller, which explains the error.
 *
 * @param method the controller's HTTP method (a GET route answers HEAD too)
 * @param pattern the controller's path pattern
 * @param responder what answers a request for the pattern
 */
public record EarlyRoute(HttpMethod method, String pattern, Responder responder) {

    /** Answers a request early, or declines having written nothing. */
    @FunctionalInterface
    public interface Responder {

        /**
         * Writes the answer and returns true, or returns false, having written nothing, to leave the request to the
         * security chain and the controller.
         */
        boolean respond(HttpServletRequest request, HttpServletResponse response, Map<String, String> variables)
                throws IOException;
    }
}
