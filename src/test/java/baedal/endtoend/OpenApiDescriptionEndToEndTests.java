package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baedal.platform.security.EndpointAuthorization;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description says what the server does: every endpoint of every controller is in it, with exactly the
 * parameters the handler takes (no more), each with its real type (a query or path parameter is a number, an id, a
 * date, or text with a declared pattern, never free-form text the handler parses itself), its required flag and its
 * range, its request body when it reads one, and a bearer requirement exactly when the endpoint is not public — so a
 * client generated from {@code /v3/api-docs} alone can call it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OpenApiDescriptionEndToEndTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    EndpointAuthorization endpoints;

    @Test
    void describesEveryEndpointAsTheServerServesIt() throws Exception {
        var api = new ApiClient(port);
        var description = api.json(api.send("GET", "/v3/api-docs", null, null));
        var softly = new SoftAssertions();
        var compared = new java.util.concurrent.atomic.AtomicInteger();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var type = ClassUtils.getUserClass(handler.getBeanType());
            if (!type.getName().startsWith("baedal.") || type.isAnnotationPresent(Hidden.class)) {
                return;
            }
            for (var pattern : info.getPathPatternsCondition().getPatternValues()) {
                for (var method : info.getMethodsCondition().getMethods()) {
                    var name = method.name() + " " + pattern;
                    var operation = description
                            .path("paths")
                            .path(pattern)
                            .path(method.name().toLowerCase(Locale.ROOT));
                    softly.assertThat(operation.isMissingNode())
                            .as("%s is described", name)
                            .isFalse();
                    if (!operation.isMissingNode()) {
                        compare(softly, name, operation, handler, description);
                        compared.incrementAndGet();
                    }
                }
            }
        });
        softly.assertThat(compared).as("operations compared").hasValueGreaterThan(40);
        softly.assertAll();
    }

    /**
     * {@code architecture/openapi.json} is the description the code generates (the client of
     * {@code GeneratedClientEndToEndTests} is generated from it at build time): a change to the API shows there in
     * review. {@code -Dbaedal.openapi.update=true} writes it anew.
     */
    @Test
    void theCommittedDescriptionIsTheOneTheCodeGenerates() throws Exception {
        var live = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var json = JsonMapper.builder().build();
        var pretty = json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(live)) + "\n";
        var committed = Path.of("architecture", "openapi.json");
        if (Boolean.getBoolean("baedal.openapi.update")) {
            Files.writeString(committed, pretty);
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), pretty);
        assertThat(Files.exists(committed)).as(committed + " exists").isTrue();
        assertThat(json.readTree(Files.readString(committed)))
                .as(
                        "%s is what /v3/api-docs answers (target/openapi.json); -Dbaedal.openapi.update=true writes it"
                                + " anew",
                        committed)
                .isEqualTo(json.readTree(live));
    }

    /** The check every answer of the end-to-end tests goes through does catch an answer the description forbids. */
    @Test
    void anAnswerTheDescriptionDoesNotAllowIsCaught() throws Exception {
        var api = new ApiClient(port);
        var customer = api.token("customer1");
        var coupons = api.send("GET", "/api/me/points", customer, null);
        var headers = coupons.headers().map();

        assertThatThrownBy(() -> DescribedResponses.check(
                        port, "GET", "/api/me/points", 200, headers, "{\"balance\":null,\"entries\":[]}"))
                .as("a field that is never null, null")
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("balance");
        assertThatThrownBy(
                        () -> DescribedResponses.check(port, "GET", "/api/me/points", 200, headers, "{\"entries\":[]}"))
                .as("a field that is always there, missing")
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> DescribedResponses.check(
                        port,
                        "POST",
                        "/api/coupon-campaigns/" + UUID.randomUUID() + "/issue",
                        299,
                        headers,
                        coupons.body()))
                .as("a status the operation does not answer")
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> DescribedResponses.check(
                        port,
                        "GET",
                        "/api/me/points",
                        200,
                        java.util.Map.of("Content-Type", java.util.List.of("text/plain")),
                        coupons.body()))
                .as("a media type it does not answer with")
                .isInstanceOf(AssertionError.class);
        DescribedResponses.check(port, "GET", "/api/me/points", 200, headers, coupons.body());
    }

    private void compare(SoftAssertions softly, String name, JsonNode operation, HandlerMethod handler, JsonNode all) {
        var described = new HashSet<String>();
        operation
                .path("parameters")
                .forEach(parameter -> described.add(parameter.path("in").asString() + " "
                        + parameter.path("name").asString()));
        var expected = new HashSet<String>();
        var readsBody = false;
        for (var parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                readsBody = true;
                softly.assertThat(operation.path("requestBody").path("required").asBoolean(false))
                        .as("%s: its body is required", name)
                        .isEqualTo(parameter
                                .getParameterAnnotation(RequestBody.class)
                                .required());
                continue;
            }
            var in = in(parameter);
            if (in == null) {
                continue;
            }
            var parameterName = parameterName(parameter);
            expected.add(in + " " + parameterName);
            var node = find(operation, in, parameterName);
            if (node == null) {
                continue;
            }
            var schema = resolve(node.path("schema"), all);
            var what = "%s: %s parameter '%s'".formatted(name, in, parameterName);
            softly.assertThat(node.path("required").asBoolean(false))
                    .as(what + " required")
                    .isEqualTo(required(parameter));
            var javaType = parameter.getParameterType();
            var expectedType = schemaType(javaType);
            if (expectedType != null) {
                softly.assertThat(schema.path("type").asString())
                        .as(what + " type")
                        .isEqualTo(expectedType);
            }
            if (javaType == String.class && !in.equals("header")) {
                // A number, an id or a date is taken as one; text says its format, so the description carries it.
                var format = parameter.getParameterAnnotation(Pattern.class);
                softly.assertThat(format)
                        .as(what + " is typed, or text with a @Pattern")
                        .isNotNull();
                if (format != null) {
                    softly.assertThat(schema.path("pattern").asString())
                            .as(what + " pattern")
                            .isEqualTo(format.regexp());
                }
            }
            var min = parameter.getParameterAnnotation(Min.class);
            if (min != null) {
                softly.assertThat(schema.path("minimum").asLong())
                        .as(what + " minimum")
                        .isEqualTo(min.value());
            }
            var max = parameter.getParameterAnnotation(Max.class);
            if (max != null) {
                softly.assertThat(schema.path("maximum").asLong())
                        .as(what + " maximum")
                        .isEqualTo(max.value());
            }
            var decimalMin = parameter.getParameterAnnotation(DecimalMin.class);
            if (decimalMin != null) {
                softly.assertThat(schema.path("minimum").decimalValue())
                        .as(what + " minimum")
                        .isEqualByComparingTo(new BigDecimal(decimalMin.value()));
            }
            var decimalMax = parameter.getParameterAnnotation(DecimalMax.class);
            if (decimalMax != null) {
                softly.assertThat(schema.path("maximum").decimalValue())
                        .as(what + " maximum")
                        .isEqualByComparingTo(new BigDecimal(decimalMax.value()));
            }
        }
        softly.assertThat(described).as("%s: the parameters described", name).isEqualTo(expected);
        if (!readsBody) {
            softly.assertThat(operation.has("requestBody"))
                    .as("%s reads no body", name)
                    .isFalse();
        }
        var access = endpoints.accessOf(handler.getMethod());
        var secured = operation.path("security").toString().contains("bearer");
        softly.assertThat(secured)
                .as("%s needs a bearer token in the description exactly when it needs one", name)
                .isEqualTo(access != null && !access.isPublic());
    }

    private static @Nullable String in(MethodParameter parameter) {
        if (parameter.hasParameterAnnotation(PathVariable.class)) {
            return "path";
        }
        if (parameter.hasParameterAnnotation(RequestParam.class)) {
            return "query";
        }
        if (parameter.hasParameterAnnotation(RequestHeader.class)) {
            return "header";
        }
        return null;
    }

    private static String parameterName(MethodParameter parameter) {
        var path = parameter.getParameterAnnotation(PathVariable.class);
        var query = parameter.getParameterAnnotation(RequestParam.class);
        var header = parameter.getParameterAnnotation(RequestHeader.class);
        var declared = path != null ? path.name() : query != null ? query.name() : header != null ? header.name() : "";
        return declared.isEmpty() ? parameter.getParameterName() : declared;
    }

    private static boolean required(MethodParameter parameter) {
        if (parameter.hasParameterAnnotation(PathVariable.class)) {
            return true;
        }
        var query = parameter.getParameterAnnotation(RequestParam.class);
        var header = parameter.getParameterAnnotation(RequestHeader.class);
        var required = query != null ? query.required() : header.required();
        var defaultValue = query != null ? query.defaultValue() : header.defaultValue();
        return required
                && ValueConstants.DEFAULT_NONE.equals(defaultValue)
                && parameter.getParameterType() != Optional.class;
    }

    private static @Nullable String schemaType(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "integer";
        }
        if (type == double.class || type == Double.class || type == BigDecimal.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == String.class || type == UUID.class || type == LocalDate.class || type == Instant.class) {
            return "string";
        }
        return null;
    }

    private static @Nullable JsonNode find(JsonNode operation, String in, String name) {
        for (var parameter : operation.path("parameters")) {
            if (in.equals(parameter.path("in").asString())
                    && name.equals(parameter.path("name").asString())) {
                return parameter;
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode all) {
        var reference = schema.path("$ref").asString("");
        if (reference.startsWith("#/components/schemas/")) {
            return all.path("components").path("schemas").path(reference.substring("#/components/schemas/".length()));
        }
        return schema;
    }
}
