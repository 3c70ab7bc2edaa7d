package baedal.display.adapter.in.web;

import baedal.display.application.RenderedPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes a pre-rendered page with its ETag, or 304 when the client holds it already. */
final class PageResponses {

    private static final String CACHE_CONTROL = "public, max-age=5";

    private PageResponses() {}

    /** Returns the status written: 200 or 304. */
    static int send(HttpServletRequest request, HttpServletResponse response, RenderedPage page) throws IOException {
        response.setHeader("ETag", page.etag());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        if (page.matches(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return 304;
        }
        response.setStatus(200);
        response.setContentType("application/json");
        response.setContentLength(page.length());
        if (!"HEAD".equals(request.getMethod())) {
            page.writeTo(response.getOutputStream());
        }
        return 200;
    }
}
