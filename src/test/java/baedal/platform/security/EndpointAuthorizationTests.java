package baedal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

class EndpointAuthorizationTests {

    @Test
    void readsTheAccessEachControllerMethodOrItsClassDeclares() {
        var endpoints = EndpointAuthorization.of(
                Map.of(
                        mapping(RequestMethod.POST, "/things"), handler(OwnersOnly.class, "add"),
                        mapping(RequestMethod.GET, "/things/{id}"), handler(OwnersOnly.class, "view")),
                "baedal");

        assertThat(endpoints.accessOf(HttpMethod.POST, "/things")).hasToString("OWNER");
        assertThat(endpoints.accessOf(HttpMethod.GET, "/things/{id}")).hasToString("public");
        assertThat(endpoints.accessOf(HttpMethod.HEAD, "/things/{id}")).hasToString("public");
        assertThat(endpoints.accessOf(HttpMethod.DELETE, "/things/{id}")).isNull();
    }

    @Test
    void refusesAnEndpointThatDoesNotSayWhoMayCallIt() {
        assertThatIllegalStateException()
                .isThrownBy(() -> EndpointAuthorization.of(
                        Map.of(mapping(RequestMethod.GET, "/open"), handler(Undeclared.class, "open")), "baedal"))
                .withMessageContaining("declares no @PreAuthorize");
    }

    @Test
    void refusesAnExpressionTheFilterChainCannotEnforceBeforeTheBody() {
        assertThatIllegalStateException()
                .isThrownBy(() -> EndpointAuthorization.of(
                        Map.of(mapping(RequestMethod.GET, "/mine/{id}"), handler(ArgumentDependent.class, "mine")),
                        "baedal"))
                .withMessageContaining("is not one of");
    }

    @Test
    void leavesOtherLibrariesEndpointsAlone() {
        var endpoints = EndpointAuthorization.of(
                Map.of(mapping(RequestMethod.GET, "/open"), handler(Undeclared.class, "open")), "org.example");
        assertThat(endpoints.endpoints()).isEmpty();
    }

    static RequestMappingInfo mapping(RequestMethod method, String path) {
        return RequestMappingInfo.paths(path).methods(method).build();
    }

    static HandlerMethod handler(Class<?> type, String name) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                try {
                    return new HandlerMethod(type.getDeclaredConstructor().newInstance(), method);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(name);
    }

    @PreAuthorize("hasRole('OWNER')")
    static class OwnersOnly {
        void add() {}

        @PreAuthorize("permitAll()")
        void view() {}
    }

    static class Undeclared {
        void open() {}
    }

    static class ArgumentDependent {
        @PreAuthorize("#id == authentication.name")
        void mine() {}
    }
}
