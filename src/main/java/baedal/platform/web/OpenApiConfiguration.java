package baedal.platform.web;

import baedal.platform.security.Caller;
import baedal.platform.security.EndpointAuthorization;
import baedal.platform.security.EndpointAuthorization.Access;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: bearer tokens come from {@code POST /api/auth/token}; who may call
 * each operation comes from its controller's declaration.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "baedal API",
                        version = "v1",
                        description =
                                "Food-delivery platform: display, shops, orders, payments, delivery, coupons, reviews, ads, settlement"),
        // Relative: the description never repeats a Host header the client (or anyone in between) sent.
        servers = @Server(url = "/", description = "The server that serves this description"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class OpenApiConfiguration {

    static {
        // Resolved from the request's token (CallerArgumentResolver), not sent by the client.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    /** Statuses, error responses and nullable fields as the code has them (see {@link OpenApiContract}). */
    @Bean
    OpenApiContract openApiContract() {
        return new OpenApiContract();
    }

    /**
     * Each operation's security requirement and the roles it admits, from the same {@code @PreAuthorize} the filter
     * chain enforces, so the description cannot say otherwise.
     */
    @Bean
    OperationCustomizer declaredAccess(EndpointAuthorization endpoints) {
        return (operation, handler) -> {
            var access = endpoints.accessOf(handler.getMethod());
            if (access == null || access.isPublic()) {
                operation.setSecurity(null);
                return operation;
            }
            operation.setSecurity(List.of(new SecurityRequirement().addList("bearer")));
            var who = access.kind() == Access.Kind.AUTHENTICATED
                    ? "Any signed-in caller."
                    : "Role: " + String.join(" or ", access.roles()) + ".";
            operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + " " + who);
            return operation;
        };
    }
}
