package baedal.coupon.adapter.in.events;

import baedal.coupon.application.OrderBenefitHandling;
import baedal.order.events.OrderCancelled;
import baedal.order.events.OrderDelivered;
import baedal.order.events.OrderLineCancelled;
import baedal.order.events.OrderPaid;
import baedal.order.events.OrderPlaced;
import baedal.order.events.OrderRejected;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Takes coupons and points when orders are placed, confirms, gives back and earns as they move on. */
@PrimaryAdapter
@Component
class OrderBenefitsListener {

    /** Orders without coupon or points are none of this module's business until they earn points on delivery. */
    private static final String WITH_BENEFITS = "#event.withBenefits()";

    private final OrderBenefitHandling benefits;

    OrderBenefitsListener(OrderBenefitHandling benefits) {
        this.benefits = benefits;
    }

    @ApplicationModuleListener(condition = WITH_BENEFITS)
    void on(OrderPlaced event) {
        benefits.take(event.orderId(), event.eventId());
    }

    @ApplicationModuleListener(condition = WITH_BENEFITS)
    void on(OrderPaid event) {
        benefits.confirm(event.orderId());
    }

    @ApplicationModuleListener(condition = WITH_BENEFITS)
    void on(OrderCancelled event) {
        benefits.giveBack(event.orderId(), event.eventId());
    }

    @ApplicationModuleListener(condition = WITH_BENEFITS)
    void on(OrderRejected event) {
        benefits.giveBack(event.orderId(), event.eventId());
    }

    @ApplicationModuleListener(condition = "#event.couponReleased()")
    void on(OrderLineCancelled event) {
        benefits.releaseCoupon(event.orderId());
    }

    @ApplicationModuleListener
    void on(OrderDelivered event) {
        benefits.earnPoints(event.orderId(), event.version(), event.eventId());
    }
}
