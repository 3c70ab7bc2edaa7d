package baedal.display.query;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/**
 * Serves the public display GETs straight from the read model, ahead of Spring Security and Spring MVC: they
 * need no authentication, and the main screen, shop list and shop detail are the hottest paths of the platform.
 * Anything else passes through untouched.
 */
@PrimaryAdapter
class DisplayFastPath implements Filter {

    private final DisplayHttp http;

    DisplayFastPath(DisplayHttp http) {
        this.http = http;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest httpRequest
                && response instanceof HttpServletResponse httpResponse
                && ("GET".equals(httpRequest.getMethod()) || "HEAD".equals(httpRequest.getMethod()))
                && http.handle(httpRequest, httpResponse)) {
            return;
        }
        chain.doFilter(request, response);
    }
}
