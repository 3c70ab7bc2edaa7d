package baedal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import baedal.shared.kernel.NotFoundException;
import baedal.shared.kernel.Role;
import baedal.shared.security.BearerAuthentication;
import baedal.shared.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The filter on its own: which requests it answers, how, and what it hands on untouched. */
class FastRoutesTests {

    record Tip(@NotNull UUID orderId, @Min(1) int amount) {}

    static final Caller CUSTOMER = new Caller(UUID.randomUUID(), "customer1", Set.of(Role.CUSTOMER));

    final List<Object> handled = new ArrayList<>();
    final BearerAuthentication authentication = mock(BearerAuthentication.class);
    FastRoutes routes;

    @BeforeEach
    void routes() {
        // The caller is authenticated and admitted; what the route does with the request is under test.
        when(authentication.runAs(any(), any(), any())).thenAnswer(call -> {
            Predicate<Caller> work = call.getArgument(2);
            return work.test(CUSTOMER);
        });
        var tip = FastRoute.post(
                "/api/orders/{orderId}/tip",
                Tip.class,
                request -> {
                    if (request.header("X-Decline") != null) {
                        return FastRoute.DECLINED;
                    }
                    handled.add(request.body(Tip.class));
                    return ResponseEntity.status(201)
                            .header("Location", "/tips/1")
                            .body(request.body(Tip.class));
                },
                Role.CUSTOMER);
        var missing = FastRoute.get("/api/orders/{orderId}", request -> {
            throw new NotFoundException("order " + request.id(0) + " not found");
        });
        routes = new FastRoutes(
                List.of(tip, missing),
                authentication,
                JsonMapper.builder()
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .build(),
                Validation.buildDefaultValidatorFactory().getValidator());
    }

    @Test
    void aValidBodyIsAnsweredHereWithTheHandlersStatusHeadersAndBody() throws Exception {
        var order = UUID.randomUUID();
        var chain = new MockFilterChain();
        var response = new MockHttpServletResponse();

        routes.doFilter(tip(order, "{\"orderId\":\"%s\",\"amount\":3000}".formatted(order)), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(handled).containsExactly(new Tip(order, 3000));
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getHeader("Location")).isEqualTo("/tips/1");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getContentType()).isEqualTo("application/json");
        assertThat(response.getContentAsString()).isEqualTo("{\"orderId\":\"%s\",\"amount\":3000}".formatted(order));
    }

    @Test
    void bodiesThatDoNotReadOrValidateGoOnAsTheyArrived() throws Exception {
        var order = UUID.randomUUID();
        for (var body : List.of(
                "{\"orderId\":\"%s\",\"amount\":0}".formatted(order),
                "{\"orderId\":\"%s\",\"amount\":3000,\"extra\":1}".formatted(order),
                "{\"orderId\":",
                "")) {
            var chain = new MockFilterChain();

            routes.doFilter(tip(order, body), new MockHttpServletResponse(), chain);

            assertThat(chain.getRequest()).as(body).isNotNull();
            assertThat(((HttpServletRequest) chain.getRequest())
                            .getInputStream()
                            .readAllBytes())
                    .as(body)
                    .isEqualTo(body.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(handled).isEmpty();
    }

    @Test
    void aDeclinedRequestAndOtherContentTypesGoOnUntouched() throws Exception {
        var order = UUID.randomUUID();
        var body = "{\"orderId\":\"%s\",\"amount\":3000}".formatted(order);
        var declined = tip(order, body);
        declined.addHeader("X-Decline", "yes");
        var chain = new MockFilterChain();

        routes.doFilter(declined, new MockHttpServletResponse(), chain);

        assertThat(((HttpServletRequest) chain.getRequest()).getReader().readLine())
                .isEqualTo(body);
        var text = tip(order, body);
        text.setContentType("text/plain");
        var textChain = new MockFilterChain();
        routes.doFilter(text, new MockHttpServletResponse(), textChain);
        assertThat(textChain.getRequest()).isSameAs(text);
        var nonsense = tip(order, body);
        nonsense.setContentType("application/json;;;=");
        var nonsenseChain = new MockFilterChain();
        routes.doFilter(nonsense, new MockHttpServletResponse(), nonsenseChain);
        assertThat(nonsenseChain.getRequest()).isSameAs(nonsense);
        assertThat(handled).isEmpty();
    }

    @Test
    void aUseCaseErrorIsAProblemDetail() throws Exception {
        var order = UUID.randomUUID();
        var response = new MockHttpServletResponse();

        routes.doFilter(new MockHttpServletRequest("GET", "/api/orders/" + order), response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString())
                .isEqualTo(
                        "{\"title\":\"Not found\",\"status\":404,\"detail\":\"order %s not found\",\"instance\":\"/api/orders/%s\"}"
                                .formatted(order, order));
    }

    @Test
    void otherPathsGoOn() throws Exception {
        var chain = new MockFilterChain();
        var request = new MockHttpServletRequest("GET", "/api/orders/" + UUID.randomUUID() + "/payment");

        routes.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }

    private static MockHttpServletRequest tip(UUID order, String body) {
        var request = new MockHttpServletRequest("POST", "/api/orders/" + order + "/tip");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
