package baedal.kernel;

import java.util.ArrayList;
import java.util.List;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;
import org.jmolecules.event.types.DomainEvent;

/**
 * Base for aggregates that record the events of their state changes. The persistence adapter publishes
 * the recorded events in the transaction that stores the aggregate, so state and events commit together.
 */
public abstract class EventRecordingAggregateRoot<T extends AggregateRoot<T, ID>, ID extends Identifier>
        implements AggregateRoot<T, ID> {

    private final List<DomainEvent> recordedEvents = new ArrayList<>();

    protected void registerEvent(DomainEvent event) {
        recordedEvents.add(event);
    }

    /** Returns the events recorded since the last call and forgets them. */
    public List<DomainEvent> releaseEvents() {
        var events = List.copyOf(recordedEvents);
        recordedEvents.clear();
        return events;
    }
}
