package baedal.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes RFC 9457 problem details straight to a servlet response, for the fast paths that answer ahead of Spring MVC;
 * the body has the shape {@code ProblemDetailsAdvice} gives every other error (the default type, about:blank, left out
 * as Spring MVC leaves it out).
 */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static void write(HttpServletResponse response, int status, String title, String detail, String instance)
            throws IOException {
        var body = "{\"title\":%s,\"status\":%d,\"detail\":%s,\"instance\":%s}"
                .formatted(quote(title), status, quote(detail), quote(instance))
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * Writes the problem detail Spring MVC gives for an exception the use cases raise on purpose (not found, conflict,
     * unavailable with its Retry-After, ...; see {@code ProblemDetailsAdvice}). Returns false, writing nothing, for
     * any other exception.
     */
    public static boolean writeKnown(HttpServletResponse response, RuntimeException e, String instance)
            throws IOException {
        var problem = ProblemDetailsAdvice.knownProblem(e);
        if (problem == null) {
            return false;
        }
        if (problem.getStatus() == 503) {
            response.setHeader("Retry-After", "1");
        }
        write(
                response,
                problem.getStatus(),
                String.valueOf(problem.getTitle()),
                String.valueOf(problem.getDetail()),
                instance);
        return true;
    }

    private static String quote(String text) {
        var out = new StringBuilder("\"");
        for (var c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
