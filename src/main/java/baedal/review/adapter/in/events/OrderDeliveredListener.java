package baedal.review.adapter.in.events;

import baedal.order.events.OrderDelivered;
import baedal.review.application.ReviewManagement;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Opens delivered orders for review. */
@PrimaryAdapter
@Component
class OrderDeliveredListener {

    private final ReviewManagement reviews;

    OrderDeliveredListener(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @ApplicationModuleListener
    void on(OrderDelivered event) {
        reviews.orderDelivered(event.orderId(), event.customerId(), event.shopId(), event.occurredAt());
    }
}
