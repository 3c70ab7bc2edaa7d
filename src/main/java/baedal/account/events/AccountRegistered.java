package baedal.account.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** An account was created with these roles (delivery learns its riders from this). */
@Externalized("account::#{accountId()}")
public record AccountRegistered(UUID eventId, UUID accountId, List<String> roles, long version, Instant occurredAt)
        implements IdentifiedEvent {}
