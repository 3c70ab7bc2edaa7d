package baedal.delivery.adapter.out.persistence;

import baedal.delivery.domain.Delivery;
import baedal.delivery.domain.DeliveryId;
import java.util.Optional;

/** The part of {@link DeliveryJdbcAdapter} that remembers deliveries as this instance stored them. */
interface RememberedDeliveries {

    Optional<Delivery> findForChange(DeliveryId id);
}
