package baedal.payment.application;

import baedal.kernel.Money;
import baedal.payment.domain.Payment;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Charges orders when they are placed and refunds them when they are cancelled; retries while the PG is down. */
@PrimaryPort
public interface PaymentProcessing {

    /**
     * Charges the order unless it was charged, failed or cancelled already; {@code orderVersion} is the version of the
     * order the caller heard of (0 for none), the amount is read at it or later.
     */
    void charge(UUID orderId, long orderVersion);

    /** Refunds what is left of the order's charge, or makes sure it is never charged. */
    void refund(UUID orderId);

    /**
     * Refunds part of the order's charge, once for each {@code part} (what the refund is for, e.g. {@code line-2}),
     * never more than is left of it.
     */
    void refundPart(UUID orderId, String part, Money amount);

    /** The payment of an order, for its customer or an admin. */
    Payment paymentOf(UUID callerId, boolean admin, UUID orderId);

    /** Tries the payments that wait for an unreachable gateway again; returns how many were tried. */
    int retryPending();
}
