package baedal.shared.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The response headers Spring Security's default header writers add to every response of the filter chain, for
 * answers given ahead of it.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {}

    public static void write(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
        response.setHeader("X-Frame-Options", "DENY");
    }
}
