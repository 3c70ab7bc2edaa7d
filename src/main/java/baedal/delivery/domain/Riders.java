package baedal.delivery.domain;

import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The riders delivery can dispatch (accounts with the RIDER role). */
@SecondaryPort
public interface Riders {

    void add(UUID riderId);

    List<UUID> all();
}
