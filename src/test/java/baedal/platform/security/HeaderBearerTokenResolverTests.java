package baedal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class HeaderBearerTokenResolverTests {

    private final HeaderBearerTokenResolver resolver = new HeaderBearerTokenResolver();

    @Test
    void readsTheTokenFromTheAuthorizationHeader() {
        assertThat(resolver.resolve(request("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_~+/==")))
                .isEqualTo("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_~+/==");
        assertThat(resolver.resolve(request("bearer abc"))).isEqualTo("abc");
    }

    @Test
    void ignoresRequestsWithoutABearerToken() {
        assertThat(resolver.resolve(new MockHttpServletRequest())).isNull();
        assertThat(resolver.resolve(request("Basic dXNlcjpwdw=="))).isNull();
    }

    @Test
    void rejectsMalformedTokens() {
        for (var header : new String[] {"Bearer ", "Bearer a b", "Bearer =abc", "Bearer abc=d", "Bearer a\"b"}) {
            assertThatThrownBy(() -> resolver.resolve(request(header)))
                    .as(header)
                    .isInstanceOf(InvalidBearerTokenException.class);
        }
    }

    private static MockHttpServletRequest request(String authorization) {
        var request = new MockHttpServletRequest();
        request.addHeader("Authorization", authorization);
        return request;
    }
}
