package baedal.shared.security;

import baedal.shared.kernel.Role;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * baedal is an OAuth2 resource server for the tokens it signs itself. Display, token issuance, API docs and
 * health are public; operations need ADMIN; the internal query endpoints one deployment offers another need SERVICE
 * (or ADMIN); everything else needs a valid bearer token. Fine-grained rules
 * (a shop's own owner, an order's own customer) are enforced by the modules themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtProperties.class)
@EnableMethodSecurity
class SecurityConfiguration implements WebMvcConfigurer {

    static final String ROLES_CLAIM = "roles";
    static final String USERNAME_CLAIM = "preferred_username";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/auth/token")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/display/**", "/api/shops/*/reviews")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/**", "/api/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/internal/**")
                        .hasAnyRole(Role.SERVICE.name(), Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(server -> server.bearerTokenResolver(new HeaderBearerTokenResolver())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint((request, response, e) -> writeProblem(
                                json,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "Unauthorized",
                                "A valid bearer token is required."))
                        .accessDeniedHandler((request, response, e) -> writeProblem(
                                json, response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.")))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> writeProblem(
                                json,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "Unauthorized",
                                "A valid bearer token is required."))
                        .accessDeniedHandler((request, response, e) -> writeProblem(
                                json, response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.")))
                .build();
    }

    private static void writeProblem(
            JsonMapper json,
            jakarta.servlet.http.HttpServletResponse response,
            HttpStatus status,
            String title,
            String detail)
            throws java.io.IOException {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }

    static JwtAuthenticationConverter authenticationConverter() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
            return roles == null
                    ? List.of()
                    : roles.stream()
                            .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                            .toList();
        });
        return converter;
    }

    @Bean
    JwtDecoder jwtDecoder(JwtProperties properties, Clock clock) {
        var decoder = new MacJwtDecoder(key(properties), properties.issuer(), CachingJwtDecoder.CLOCK_SKEW, clock);
        return new CachingJwtDecoder(decoder, 10_000, clock);
    }

    @Bean
    JwtEncoder jwtEncoder(JwtProperties properties) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(key(properties)));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static SecretKey key(JwtProperties properties) {
        return new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }
}
