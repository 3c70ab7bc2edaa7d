package baedal.order.domain;

/** Where an order is in its lifecycle. */
public enum OrderStatus {
    PLACED,
    PAYMENT_PENDING,
    PAID,
    ACCEPTED,
    PICKED_UP,
    DELIVERED,
    CANCELLED
}
