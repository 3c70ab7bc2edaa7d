package baedal.platform.web;

import baedal.kernel.ProblemFields;
import baedal.kernel.RetryLater;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every error raised in Spring MVC into an RFC 9457 problem detail: the modules' own exceptions get the status
 * their web adapters map them to ({@link ProblemMapping}), client mistakes a 4xx with a readable detail and, for
 * validation, the offending fields; anything unexpected is logged and answered with a bare 500. Errors before MVC (security, the container) are answered by
 * {@link ErrorPageController}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final List<ProblemMapping> mappings;

    ProblemDetailsAdvice(List<ProblemMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(
                HttpStatus.CONFLICT, "Concurrent change", "The resource was changed concurrently; reload and retry.");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    /**
     * Authentication and access failures are Spring Security's to answer, wherever they are raised: rethrown, they
     * leave MVC for the security filter chain, which answers 401 or 403 exactly as for a request it turned away.
     */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    /**
     * The firewall refuses a header value (control characters, bytes that are not text) when the controller first
     * reads it, not before: the client's mistake, answered without echoing the value back.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "Invalid request",
                "A header of the request holds characters that are not allowed (only visible ASCII is accepted).");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return problem(
                HttpStatus.BAD_REQUEST, "Invalid request", "Header '%s' is required.".formatted(e.getHeaderName()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some values are not acceptable.");
        problem.setProperty(
                "errors",
                e.getConstraintViolations().stream()
                        .map(v -> fieldError(v.getPropertyPath().toString(), v.getMessage()))
                        .toList());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "Invalid request",
                "'%s' is not a valid value for %s".formatted(e.getValue(), e.getName()));
    }

    /**
     * A module's own exceptions answered as its web adapter maps them ({@link ProblemMapping}); anything else is
     * unexpected: logged, and answered with a bare 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> moduleOrUnexpected(Exception e) {
        for (var mapping : mappings) {
            var answer = mapping.answerFor(e.getClass());
            if (answer != null) {
                var problem = problem(answer.status(), answer.title(), e.getMessage());
                if (e instanceof ProblemFields fields) {
                    fields.problemFields()
                            .forEach((name, value) -> problem.setProperty(
                                    name, value instanceof String text ? shortened(text, MAX_FIELD) : value));
                }
                return answer(problem, e instanceof RetryLater later ? later.retryAfter() : null);
            }
        }
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "Something went wrong on our side."));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are missing or not acceptable.");
        problem.setProperty(
                "errors",
                e.getBindingResult().getFieldErrors().stream()
                        .map(error -> fieldError(error.getField(), error.getDefaultMessage()))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some parameters are not acceptable.");
        problem.setProperty(
                "errors",
                e.getParameterValidationResults().stream()
                        .flatMap(result -> result.getResolvableErrors().stream()
                                .map(error -> fieldError(
                                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getMostSpecificCause() instanceof RequestBodyLimit.BodyTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", tooLarge.getMessage()));
        }
        var problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request body", readableCause(e));
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * What was wrong with a body Jackson could not read, in the client's terms: the field, never our class names or
     * the parser's internals; a value our own request types refused is described by their message.
     */
    private static String readableCause(HttpMessageNotReadableException e) {
        var cause = e.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '%s'.".formatted(path(unknown));
        }
        if (cause instanceof StreamConstraintsException) {
            return "The request body is too large, too deeply nested or holds a value that is too long.";
        }
        if (cause instanceof IllegalArgumentException refused
                && e.getCause() instanceof ValueInstantiationException instantiation) {
            var field = path(instantiation);
            return (field.isEmpty() ? "" : "Field '%s': ".formatted(field)) + refused.getMessage();
        }
        if (cause instanceof DatabindException databind) {
            var field = path(databind);
            return field.isEmpty()
                    ? "The request body must be a JSON object with the documented fields."
                    : "Field '%s' has a value of the wrong type or format.".formatted(field);
        }
        if (cause instanceof StreamReadException parse) {
            // The parser's own words, without the location dump that would echo the payload back.
            return "Malformed JSON: " + parse.getOriginalMessage();
        }
        return "The request body is missing or is not valid JSON.";
    }

    private static String path(DatabindException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static Map<String, @Nullable String> fieldError(@Nullable String field, @Nullable String message) {
        var error = new LinkedHashMap<String, @Nullable String>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    /** The problem as a response with its status; a 503 says when to try again. */
    static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return answer(problem, null);
    }

    /** The problem as a response with its status, saying when to try again: as given, else after a second for a 503. */
    static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, @Nullable Duration retryAfter) {
        var response = ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
        } else if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.header(HttpHeaders.RETRY_AFTER, "1");
        }
        return response.body(problem);
    }

    /** Longest detail sent: a detail quoting what the client sent (a name, a value) never sends a megabyte back. */
    static final int MAX_DETAIL = 300;

    static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, shortened(detail == null ? title : detail, MAX_DETAIL));
        problem.setTitle(title);
        return problem;
    }

    /** Longest string value of a problem's own fields (a group or option name the client sent). */
    static final int MAX_FIELD = 100;

    static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
