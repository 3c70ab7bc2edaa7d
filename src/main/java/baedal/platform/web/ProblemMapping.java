package baedal.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * How a module's exceptions read over HTTP: each exception a module raises on purpose (named by what went wrong in
 * the business) with the status and title its answer gets. A module's web adapter declares one as a bean; the
 * platform's problem details advice writes the answer.
 */
public final class ProblemMapping {

    private final Map<Class<? extends RuntimeException>, Answer> answers = new LinkedHashMap<>();

    /** The status and problem title of an exception. */
    public record Answer(HttpStatus status, String title) {}

    public static ProblemMapping of() {
        return new ProblemMapping();
    }

    /** Answers {@code type} (and its subclasses) with the status and title; the detail is the exception's message. */
    public ProblemMapping map(Class<? extends RuntimeException> type, HttpStatus status, String title) {
        answers.put(type, new Answer(status, title));
        return this;
    }

    public ProblemMapping notFound(Class<? extends RuntimeException> type) {
        return map(type, HttpStatus.NOT_FOUND, "Not found");
    }

    public ProblemMapping forbidden(Class<? extends RuntimeException> type) {
        return map(type, HttpStatus.FORBIDDEN, "Forbidden");
    }

    public ProblemMapping conflict(Class<? extends RuntimeException> type) {
        return map(type, HttpStatus.CONFLICT, "Conflict");
    }

    public ProblemMapping unprocessable(Class<? extends RuntimeException> type) {
        return map(type, HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request");
    }

    public ProblemMapping tryAgain(Class<? extends RuntimeException> type) {
        return map(type, HttpStatus.SERVICE_UNAVAILABLE, "Try again");
    }

    /** The answer for an exception of this exact type or of the nearest mapped superclass, or null. */
    @Nullable
    Answer answerFor(Class<?> type) {
        for (var at = type; at != null && at != RuntimeException.class; at = at.getSuperclass()) {
            var answer = answers.get(at);
            if (answer != null) {
                return answer;
            }
        }
        return null;
    }

    /** Whether exceptions of this type get an answer of their own here. */
    public boolean maps(Class<?> type) {
        return answerFor(type) != null;
    }
}
