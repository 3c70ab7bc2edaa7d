package baedal.platform.security;

import baedal.kernel.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Accepts a token only for an account the {@link AccountDirectory} knows; a service token (role {@code SERVICE}, sent
 * by another baedal deployment) names a service, not an account. Asked once per token: verified tokens are
 * remembered by {@link CachingJwtDecoder}. Where no directory runs (a deployment without the account module), the
 * signature is all there is to check.
 */
final class KnownAccountValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error UNKNOWN =
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token's account does not exist.", null);

    private final ObjectProvider<AccountDirectory> directory;

    KnownAccountValidator(ObjectProvider<AccountDirectory> directory) {
        this.directory = directory;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<String> roles = token.getClaimAsStringList(SecurityConfiguration.ROLES_CLAIM);
        if (roles != null && roles.contains(Role.SERVICE.name())) {
            return OAuth2TokenValidatorResult.success();
        }
        var accounts = directory.getIfAvailable();
        if (accounts == null) {
            return OAuth2TokenValidatorResult.success();
        }
        UUID id;
        try {
            id = UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return OAuth2TokenValidatorResult.failure(UNKNOWN);
        }
        return accounts.exists(id) ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(UNKNOWN);
    }
}
