package baedal.legacy.application;

import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The legacy database's copy of orders. */
@SecondaryPort
public interface OrderMirror {

    /** Writes the order's current state unless the mirror already holds this version or a newer one. */
    void upsert(MirroredOrder order);

    record MirroredOrder(
            UUID orderId,
            UUID shopId,
            UUID customerId,
            String status,
            long totalAmount,
            long discountAmount,
            long paymentAmount,
            long version) {}
}
