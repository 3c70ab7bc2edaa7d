package baedal.platform.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes the generated OpenAPI description say what the API does, so that a client generated from it or a contract
 * test built on it accepts every correct answer: the status an operation answers with ({@code @ResponseStatus},
 * 201 or 204 where the controller says so), the errors it may answer, each an RFC 9457 problem detail, and for the
 * records the API reads and writes, which fields may be {@code null} (JSpecify's {@code @Nullable} on the record
 * component) and that every other field is always there.
 */
final class OpenApiContract implements OperationCustomizer, OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String EVENT_STREAM = "text/event-stream";

    /** Record types that appear in request or response bodies, by the simple name springdoc gives their schema. */
    private final Map<String, Set<Class<?>>> records = new HashMap<>();

    /** Each operation's handler: its method names the operation, its controller tells apart two of one name. */
    private final Map<Operation, HandlerMethod> handlers = new java.util.IdentityHashMap<>();

    @Override
    public synchronized Operation customize(Operation operation, HandlerMethod handler) {
        collect(handler);
        handlers.put(operation, handler);
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        var declared = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ResponseStatus.class);
        if (declared != null && !declared.code().is2xxSuccessful()) {
            declared = null;
        }
        if (declared != null && responses.containsKey("200") && !declaresOk(handler)) {
            var code = Integer.toString(declared.code().value());
            var ok = responses.remove("200");
            if (declared.code().value() == 204) {
                ok.setContent(null);
                ok.setDescription("No Content");
            } else if (ok.getDescription() == null || ok.getDescription().equals("OK")) {
                ok.setDescription(declared.code().getReasonPhrase());
            }
            responses.addApiResponse(code, ok);
        }
        operation.setResponses(responses);
        return operation;
    }

    private static boolean declaresOk(HandlerMethod handler) {
        return AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(), ApiResponse.class).stream()
                .anyMatch(response -> response.responseCode().equals("200"));
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            return;
        }
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        nameOperations(api);
        if (api.getPaths() != null) {
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) -> addErrors(path, method, operation)));
        }
        var schemas = api.getComponents().getSchemas();
        if (schemas != null) {
            // The emitter is how the server writes a stream, not what the client reads (a stream of events).
            schemas.remove("SseEmitter");
            schemas.forEach((name, schema) -> {
                var types = records.get(name);
                if (types != null && types.size() == 1) {
                    describeNulls(schema, types.iterator().next());
                }
            });
        }
    }

    /**
     * An operation is named after its handler method ({@code place}, {@code accept}); where two handlers share a name,
     * each is prefixed with its controller ({@code displayShop}, {@code shopQueriesShop}) instead of springdoc's
     * numbered suffixes, so a generated client's method names say what they call.
     */
    private synchronized void nameOperations(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        var operations = api.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .filter(handlers::containsKey)
                .toList();
        var byName = new HashMap<String, Integer>();
        operations.forEach(
                operation -> byName.merge(handlers.get(operation).getMethod().getName(), 1, Integer::sum));
        for (var operation : operations) {
            var handler = handlers.get(operation);
            var name = handler.getMethod().getName();
            if (byName.get(name) > 1) {
                var controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
                name = Character.toLowerCase(controller.charAt(0))
                        + controller.substring(1)
                        + Character.toUpperCase(name.charAt(0))
                        + name.substring(1);
            }
            operation.setOperationId(name);
        }
    }

    /** The errors every operation may answer, as problem details; the codes that fit what the operation takes. */
    private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        operation.getResponses().values().stream()
                .map(io.swagger.v3.oas.models.responses.ApiResponse::getContent)
                .filter(content -> content != null && content.containsKey(EVENT_STREAM))
                .forEach(content -> content.get(EVENT_STREAM)
                        .setSchema(new StringSchema()
                                .description("Server-Sent Events: `event:` names the step, `data:` holds its JSON")));
        var errors = new LinkedHashMap<String, String>();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        if (takesInput) {
            errors.put("400", "The request is malformed or a value is not acceptable; `errors` names the fields.");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            errors.put("401", "No bearer token, or one that is not valid (any more).");
            errors.put("403", "The caller's role, or their relation to the resource, does not allow this.");
        }
        if (path.contains("{")) {
            errors.put("404", "Nothing with that id (or nothing the caller may see).");
        }
        if (method != PathItem.HttpMethod.GET) {
            errors.put("409", "The resource's state does not allow this now (or it changed meanwhile).");
            errors.put("422", "Well-formed, but a business rule refuses it; the detail says which.");
        }
        if (operation.getRequestBody() != null) {
            errors.put("413", "The request body is larger than 1 MB.");
        }
        if (path.equals("/api/auth/token")) {
            errors.put("401", "Unknown username or wrong password.");
            errors.put("429", "Too many failed sign-ins for this username or from this address; see Retry-After.");
        }
        errors.put("503", "A system this operation needs is unavailable; try again after Retry-After.");
        var responses = operation.getResponses();
        errors.forEach((code, description) -> {
            if (!responses.containsKey(code)) {
                responses.addApiResponse(code, problemResponse(description));
            }
        });
        if (!responses.containsKey("default")) {
            responses.addApiResponse(
                    "default", problemResponse("Any other error (500: something went wrong on our side)."));
        }
    }

    private static io.swagger.v3.oas.models.responses.ApiResponse problemResponse(String description) {
        return new io.swagger.v3.oas.models.responses.ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        var fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().nullable(true))
                .addProperty("message", new StringSchema().nullable(true));
        Schema problem = new ObjectSchema()
                .description("An RFC 9457 problem detail; some problems add fields of their own (e.g. group, menuId,"
                        + " line)")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(fieldError))
                .required(List.of("title", "status"));
        problem.setAdditionalProperties(true);
        return problem;
    }

    /**
     * Each record component is a property Jackson always writes: required, and nullable where the component is
     * annotated {@code @Nullable}. A nullable reference to another schema is wrapped, as OpenAPI 3.0 ignores
     * siblings of {@code $ref}.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describeNulls(Schema schema, Class<?> type) {
        if (!type.isAnnotationPresent(io.swagger.v3.oas.annotations.media.Schema.class)) {
            // swagger-core lends a property's description to the schema of its type when that type is first met
            // through the property, so whether it shows depended on which operation springdoc read first.
            schema.setDescription(null);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        var required = new ArrayList<String>(schema.getRequired() == null ? List.of() : schema.getRequired());
        for (RecordComponent component : type.getRecordComponents()) {
            var property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                required.remove(component.getName());
                if (property.get$ref() != null) {
                    properties.put(
                            component.getName(),
                            new Schema<>().nullable(true).allOf(List.of(new Schema<>().$ref(property.get$ref()))));
                } else {
                    property.setNullable(true);
                }
            } else if (!required.contains(component.getName())) {
                required.add(component.getName());
            }
        }
        schema.setRequired(required.isEmpty() ? null : required);
    }

    /** Notes the records a handler reads and writes, and the records those hold. */
    private void collect(HandlerMethod handler) {
        var seen = new HashSet<Type>();
        collect(handler.getMethod().getGenericReturnType(), seen);
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                collect(parameter.getGenericParameterType(), seen);
            }
        }
    }

    private synchronized void collect(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            var raw = (Class<?>) parameterized.getRawType();
            if (HttpEntity.class.isAssignableFrom(raw)
                    || Collection.class.isAssignableFrom(raw)
                    || Map.class.isAssignableFrom(raw)
                    || Optional.class.equals(raw)) {
                for (var argument : parameterized.getActualTypeArguments()) {
                    collect(argument, seen);
                }
                return;
            }
            collect(raw, seen);
        } else if (type instanceof Class<?> clazz && clazz.isRecord()) {
            records.computeIfAbsent(clazz.getSimpleName(), name -> new HashSet<>())
                    .add(clazz);
            for (var component : clazz.getRecordComponents()) {
                collect(component.getGenericType(), seen);
                elementTypes(component.getAnnotatedType()).forEach(element -> collect(element, seen));
            }
        } else if (type instanceof Class<?> clazz && clazz.isArray()) {
            collect(clazz.getComponentType(), seen);
        }
    }

    private static List<Type> elementTypes(AnnotatedType type) {
        if (type instanceof AnnotatedParameterizedType parameterized) {
            return List.of(parameterized.getAnnotatedActualTypeArguments()).stream()
                    .map(AnnotatedType::getType)
                    .toList();
        }
        return List.of();
    }
}
