package baedal.order.application;

import java.time.Duration;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** How other modules' facts move an order along; every step is idempotent. */
@PrimaryPort
public interface OrderProgress {

    void paymentDeferred(UUID orderId);

    void paymentApproved(UUID orderId);

    void paymentFailed(UUID orderId, String reason);

    void riderAssigned(UUID orderId, UUID deliveryId);

    void benefitsRefused(UUID orderId, String reason);

    void pickedUp(UUID orderId);

    void delivered(UUID orderId);

    /** Cancels (and so refunds) paid orders the shop left unanswered for longer than {@code deadline}. */
    int cancelUnanswered(Duration deadline);
}
