package baedal.platform.security;

import baedal.platform.web.WebPageRoutes;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * baedal is an OAuth2 resource server for the tokens it signs itself, and this is its one request path: every request
 * passes this filter chain, which authorizes it by the {@code @PreAuthorize} its controller method declares (see
 * {@link EndpointAuthorization}) before Spring MVC reads its body. Health, API docs, the pages and the error page are
 * public;
 * the rest of Actuator needs ADMIN. A missing or bad token is answered 401 with {@code WWW-Authenticate}, a role
 * that is not allowed 403; both go to the error page, which writes them as problem details like every other error.
 * Rules on a particular resource (a shop's own owner, an order's own customer) are the modules' own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtProperties.class)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String ROLES_CLAIM = "roles";
    static final String USERNAME_CLAIM = "preferred_username";

    @Bean
    EndpointAuthorization endpointAuthorization(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        return EndpointAuthorization.of(mappings.getHandlerMethods(), "baedal");
    }

    @Bean
    SecurityFilterChain apiSecurity(
            HttpSecurity http, EndpointAuthorization endpoints, WebPageRoutes pages, JwtDecoder decoder)
            throws Exception {
        var tokens = new JwtAuthenticationProvider(decoder);
        tokens.setJwtAuthenticationConverter(authenticationConverter());
        // A ProviderManager of its own publishes no authentication events: nothing listens to them, and each one
        // would cross the application's event multicaster on every request.
        var authentication = new ProviderManager(tokens);
        var unauthorized = unauthorized();
        var forbidden = new AccessDeniedHandlerImpl();
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> {
                    endpoints.authorize(requests);
                    requests.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                            .permitAll()
                            .requestMatchers(HttpMethod.GET, pages.paths())
                            .permitAll()
                            .requestMatchers(HttpMethod.GET, "/ui/**")
                            .permitAll()
                            .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/error")
                            .permitAll()
                            .requestMatchers("/actuator/**")
                            .hasRole("ADMIN")
                            .anyRequest()
                            .authenticated();
                })
                .oauth2ResourceServer(server -> server.bearerTokenResolver(new HeaderBearerTokenResolver())
                        .jwt(jwt -> jwt.authenticationManager(authentication))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .build();
    }

    /**
     * The firewall with its default rules for header names and values (assigned characters, no controls but a tab in
     * values) checked by a scan of the characters, where the default runs a regular expression on every header read.
     */
    @Bean
    WebSecurityCustomizer firewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(name -> assignedWithoutControls(name, false));
        firewall.setAllowedHeaderValues(value -> assignedWithoutControls(value, true));
        return web -> web.httpFirewall(firewall);
    }

    static boolean assignedWithoutControls(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            var type = Character.getType(c);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tabAllowed && c == '\t'))) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * No observations of the filter chain: wrapping each filter of each request in one costs more than the request's
     * own work on the hottest paths, and the HTTP server observation already times the request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's bearer-token entry point sets 401 and {@code WWW-Authenticate}; sending it as an error lets
     * the error page write the body, as it does for 403 ({@link AccessDeniedHandlerImpl}) and every error outside MVC.
     */
    private static AuthenticationEntryPoint unauthorized() {
        var bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, e) -> {
            bearer.commence(request, response, e);
            response.sendError(response.getStatus());
        };
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

    /**
     * Spring Security's Nimbus decoder for our HS256 tokens, behind a cache: the issuer and time window are checked,
     * a token without an expiry is refused (it would never expire), and so is one for an account that does not exist.
     */
    @Bean
    JwtDecoder jwtDecoder(JwtProperties properties, Clock clock, ObjectProvider<AccountDirectory> accounts) {
        var decoder = NimbusJwtDecoder.withSecretKey(key(properties))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        var timestamps = new JwtTimestampValidator(CachingJwtDecoder.CLOCK_SKEW);
        timestamps.setClock(clock);
        // The issuer stays the plain name it is: the default converter would try to read it as a URL on every token.
        decoder.setClaimSetConverter(
                MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, issuer -> issuer)));
        var validators = new ArrayList<OAuth2TokenValidator<Jwt>>(List.of(
                new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull),
                timestamps,
                new JwtIssuerValidator(properties.issuer())));
        if (properties.knownAccountsOnly()) {
            validators.add(new KnownAccountValidator(accounts));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
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
}
