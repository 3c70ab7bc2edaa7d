package baedal.platform.security;

import baedal.kernel.Role;
import java.util.Set;
import java.util.UUID;

/** The authenticated user behind a request, as stated by its access token. Controllers take it as a parameter. */
public record Caller(UUID id, String username, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
