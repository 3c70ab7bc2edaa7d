package baedal.delivery.domain;

public enum DeliveryStatus {
    ASSIGNED,
    PICKED_UP,
    DELIVERED
}
