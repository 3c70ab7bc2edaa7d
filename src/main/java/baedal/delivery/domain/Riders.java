package baedal.delivery.domain;

import baedal.kernel.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The riders delivery can dispatch (accounts with the RIDER role), where they are and whether they take orders. */
@SecondaryPort
public interface Riders {

    void add(UUID riderId);

    List<RiderState> all();

    /** Records where the rider is and whether they take deliveries now, registering a rider not known yet. */
    void report(UUID riderId, GeoPoint location, boolean available, Instant at);
}
