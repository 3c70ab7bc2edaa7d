package baedal.legacy.application;

import baedal.legacy.application.OrderMirror.MirroredOrder;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Current orders, read through the order module's published query port. */
@SecondaryPort
public interface OrderSource {

    Optional<MirroredOrder> find(UUID orderId);
}
