package baedal.delivery.domain;

import baedal.kernel.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The riders delivery can dispatch (accounts with the RIDER role), where they are and whether they take orders. */
@SecondaryPort
public interface Riders {

    void add(UUID riderId);

    List<RiderState> all();

    /**
     * Everything dispatch weighs to offer an order, read in one go: every rider, how many deliveries each is on right
     * now, and who declined the order before.
     */
    Candidates candidatesFor(UUID orderId);

    /** Records where the rider is and whether they take deliveries now, registering a rider not known yet. */
    void report(UUID riderId, GeoPoint location, boolean available, Instant at);

    /** The riders, their load (riders on no delivery are absent) and those who declined the order. */
    record Candidates(List<RiderState> riders, Map<UUID, Integer> load, Set<UUID> declined) {}
}
