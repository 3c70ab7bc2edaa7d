package baedal.account.domain;

import baedal.kernel.Role;
import java.util.EnumSet;
import java.util.Set;
import org.jmolecules.ddd.types.ValueObject;

/** The roles an account holds: at least one. */
public record Roles(Set<Role> held) implements ValueObject {

    public Roles {
        if (held.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        held = Set.copyOf(EnumSet.copyOf(held));
    }
}
