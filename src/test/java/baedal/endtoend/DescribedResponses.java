package baedal.endtoend;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an answer of the running application against its own OpenAPI description ({@code /v3/api-docs}) with
 * Atlassian's swagger-request-validator: the status is one the operation describes, and the body fits that status's
 * schema (types, required and nullable fields, formats). Every answer {@link ApiClient} receives passes through it,
 * so the end-to-end tests prove the description on the answers they provoke, errors included. Requests are not
 * checked (the tests send bad ones on purpose), nor paths the description does not cover (pages, Actuator).
 */
final class DescribedResponses {

    private static final Map<Integer, OpenApiInteractionValidator> BY_PORT = new ConcurrentHashMap<>();

    private DescribedResponses() {}

    /** Fails when the answer to {@code method path} is not one the description allows. */
    static void check(int port, String method, String path, HttpResponse<String> response) {
        check(port, method, path, response.statusCode(), response.headers().map(), response.body());
    }

    /** Fails when an answer with this status, these headers and this body is not one the description allows. */
    static void check(
            int port, String method, String path, int status, Map<String, List<String>> headers, String body) {
        if (!path.startsWith("/api/")) {
            return;
        }
        var validator = BY_PORT.computeIfAbsent(port, DescribedResponses::validator);
        var builder = SimpleResponse.Builder.status(status);
        headers.forEach(builder::withHeader);
        if (!body.isEmpty()) {
            builder.withBody(body);
        }
        var bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        var report = validator.validateResponse(bare, Request.Method.valueOf(method), builder.build());
        if (report.hasErrors()) {
            throw new AssertionError("%s %s answered %d, which the OpenAPI description does not allow:%n%s%n%s"
                    .formatted(method, path, status, report.getMessages(), body));
        }
    }

    private static OpenApiInteractionValidator validator(int port) {
        try {
            var description = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            return OpenApiInteractionValidator.createForInlineApiSpecification(description)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("could not read the OpenAPI description on port " + port, e);
        }
    }
}
