package baedal.review.domain;

import java.util.Optional;
import java.util.UUID;

/** Orders that may be reviewed, as learnt from the order module's events. */
public interface DeliveredOrders {

    /** Remembers a delivered order; remembering it again changes nothing. */
    void add(DeliveredOrder order);

    Optional<DeliveredOrder> find(UUID orderId);
}
