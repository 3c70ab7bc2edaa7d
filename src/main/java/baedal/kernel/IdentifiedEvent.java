package baedal.kernel;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * Contract of every event a module publishes: a unique id (the key of the idempotent-listener inbox,
 * kept when an event is re-published), the aggregate's version after the change, and when it happened.
 */
public interface IdentifiedEvent extends DomainEvent {

    UUID eventId();

    long version();

    Instant occurredAt();
}
