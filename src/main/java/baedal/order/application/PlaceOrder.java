package baedal.order.application;

import baedal.kernel.GeoPoint;
import baedal.order.domain.CartItem;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer's request to order; {@code idempotencyKey} makes retries safe. */
public record PlaceOrder(
        UUID customerId,
        String idempotencyKey,
        UUID shopId,
        List<CartItem> items,
        String deliveryAddress,
        GeoPoint location,
        @Nullable UUID couponId,
        long points) {

    public PlaceOrder {
        Objects.requireNonNull(customerId, "customerId");
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new IllegalArgumentException("Idempotency-Key must be 1 to 100 characters");
        }
        Objects.requireNonNull(shopId, "shopId");
        items = List.copyOf(items);
        Objects.requireNonNull(location, "location");
        if (points < 0) {
            throw new IllegalArgumentException("points must not be negative");
        }
    }

    /** The request without who and which key: equal fingerprints mean the same order was asked for. */
    String fingerprint() {
        return shopId + "|" + items + "|" + deliveryAddress + "|" + location + "|" + couponId + "|" + points;
    }
}
