package baedal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import baedal.platform.security.EndpointAuthorization;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/** Early routes serve public endpoints only, as their controllers declare them; they disagree at start-up or not at all. */
class EarlyRoutesTests {

    static final EndpointAuthorization ENDPOINTS = EndpointAuthorization.of(
            Map.of(
                    RequestMappingInfo.paths("/pages/{id}")
                            .methods(RequestMethod.GET)
                            .build(),
                    handler("page"),
                    RequestMappingInfo.paths("/orders/{id}")
                            .methods(RequestMethod.GET)
                            .build(),
                    handler("order")),
            "baedal");

    @Test
    void refusesARouteWhoseControllerRequiresARole() {
        var route = new EarlyRoute(HttpMethod.GET, "/orders/{id}", (request, response, variables) -> true);
        assertThatIllegalStateException()
                .isThrownBy(() -> new EarlyRoutes(List.of(route), ENDPOINTS))
                .withMessageContaining("requires CUSTOMER");
    }

    @Test
    void refusesARouteNoControllerMaps() {
        var route = new EarlyRoute(HttpMethod.POST, "/pages/{id}", (request, response, variables) -> true);
        assertThatIllegalStateException()
                .isThrownBy(() -> new EarlyRoutes(List.of(route), ENDPOINTS))
                .withMessageContaining("no controller maps it");
    }

    @Test
    void answersPlainPathsOfItsRoutesAndPassesEverythingElseOn() throws Exception {
        var answered = new AtomicInteger();
        var routes = new EarlyRoutes(
                List.of(new EarlyRoute(HttpMethod.GET, "/pages/{id}", (request, response, variables) -> {
                    answered.incrementAndGet();
                    response.setStatus(200);
                    return !variables.get("id").equals("declined");
                })),
                ENDPOINTS);

        assertThat(passedOn(routes, "GET", "/pages/7")).isFalse();
        assertThat(passedOn(routes, "HEAD", "/pages/7")).isFalse();
        assertThat(answered).hasValue(2);
        assertThat(passedOn(routes, "GET", "/pages/declined")).isTrue();
        assertThat(passedOn(routes, "POST", "/pages/7")).isTrue();
        assertThat(passedOn(routes, "GET", "/pages/7/more")).isTrue();
        assertThat(passedOn(routes, "GET", "/pages/a%2Fb")).isTrue();
        assertThat(passedOn(routes, "GET", "/pages//7")).isTrue();
        assertThat(passedOn(routes, "GET", "/pages/7;x=y")).isTrue();
        assertThat(answered).hasValue(3);
    }

    private static boolean passedOn(EarlyRoutes routes, String method, String uri) throws Exception {
        var request = new MockHttpServletRequest(method, uri);
        var chain = new MockFilterChain();
        routes.doFilter(request, new MockHttpServletResponse(), chain);
        return chain.getRequest() != null;
    }

    static HandlerMethod handler(String name) {
        for (Method method : Controller.class.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                return new HandlerMethod(new Controller(), method);
            }
        }
        throw new IllegalArgumentException(name);
    }

    static class Controller {
        @PreAuthorize("permitAll()")
        void page() {}

        @PreAuthorize("hasRole('CUSTOMER')")
        void order() {}
    }
}
