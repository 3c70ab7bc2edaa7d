package baedal.payment.domain;

/** REQUESTED → APPROVED / FAILED; PENDING while the gateway is unreachable; APPROVED (refunded in part, if so) → REFUNDED in full; CANCELLED before any charge. */
public enum PaymentStatus {
    REQUESTED,
    PENDING,
    APPROVED,
    FAILED,
    REFUNDED,
    CANCELLED
}
