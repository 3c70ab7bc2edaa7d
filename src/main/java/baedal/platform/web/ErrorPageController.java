package baedal.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page: answers every error that happens outside Spring MVC as a problem detail — Spring Security's 401
 * and 403, the firewall's 400 for a malformed path, an exception no handler caught — where Boot would otherwise render
 * its whitelabel page or JSON. Errors the container meets before it can hand a request to the application (a path
 * it cannot decode) get the same problem from {@link ContainerErrorConfiguration}.
 */
@PrimaryAdapter
@RestController
@Hidden
class ErrorPageController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    @PreAuthorize("permitAll()")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        var status = HttpStatus.resolve(
                request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500);
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        // An exception that got this far was logged by the container on its way out.
        return ProblemDetailsAdvice.answer(forStatus(
                status, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : null));
    }

    /** The problem for an error status reached without an exception that says more, about the request at {@code uri}. */
    static ProblemDetail forStatus(HttpStatus status, @Nullable String uri) {
        var problem = ProblemDetailsAdvice.problem(status, titleOf(status), detailOf(status));
        if (uri != null) {
            problem.setInstance(instance(uri));
        }
        return problem;
    }

    private static String titleOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Invalid request";
            case NOT_FOUND -> "Not found";
            case INTERNAL_SERVER_ERROR -> "Internal error";
            default -> status.getReasonPhrase();
        };
    }

    private static String detailOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request's path or headers are malformed.";
            case UNAUTHORIZED -> "A valid bearer token is required.";
            case FORBIDDEN -> "Your role does not allow this.";
            case NOT_FOUND -> "Nothing is served at this path.";
            case CONTENT_TOO_LARGE -> "The request body is larger than allowed.";
            default -> status.is5xxServerError() ? "Something went wrong on our side." : status.getReasonPhrase() + ".";
        };
    }

    /** The request's path as the instance, or none when the path itself was what the server could not read. */
    private static URI instance(String uri) {
        try {
            return URI.create(uri);
        } catch (IllegalArgumentException unreadable) {
            return URI.create("about:blank");
        }
    }
}
