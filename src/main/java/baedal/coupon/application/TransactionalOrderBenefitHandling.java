package baedal.coupon.application;

import baedal.coupon.api.CouponQueries;
import baedal.coupon.domain.Coupon;
import baedal.coupon.domain.CouponCampaign;
import baedal.coupon.domain.CouponId;
import baedal.coupon.domain.CouponStatus;
import baedal.coupon.domain.Coupons;
import baedal.coupon.domain.PlacedOrders;
import baedal.coupon.domain.PointEntry;
import baedal.coupon.domain.PointLedger;
import baedal.kernel.Money;
import baedal.order.events.OrderBenefitsRefused;
import baedal.order.spi.OrderBenefits.CouponQuote;
import baedal.platform.concurrency.AggregateLocks;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coupons and points on orders. An order is priced with a quote; when it is placed the coupon is put on it and the
 * points are spent, and if either is gone by then (another order took the coupon a moment earlier, the points were
 * spent meanwhile) the order's benefits are refused and the order module cancels it. Payment confirms the coupon,
 * cancellation gives both back, delivery earns points.
 */
@Application
@Service
@Transactional
class TransactionalOrderBenefitHandling implements OrderBenefitHandling, CouponQueries {

    private static final Logger log = LoggerFactory.getLogger(TransactionalOrderBenefitHandling.class);

    private final Coupons coupons;
    private final CouponManagement campaigns;
    private final PointLedger points;
    private final PlacedOrders orders;
    private final AggregateLocks locks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int earnPercent;

    TransactionalOrderBenefitHandling(
            Coupons coupons,
            CouponManagement campaigns,
            PointLedger points,
            PlacedOrders orders,
            AggregateLocks locks,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${baedal.coupon.points-earn-percent:1}") int earnPercent) {
        if (earnPercent < 0 || earnPercent > 100) {
            throw new IllegalArgumentException("baedal.coupon.points-earn-percent must be between 0 and 100");
        }
        this.coupons = coupons;
        this.campaigns = campaigns;
        this.points = points;
        this.orders = orders;
        this.locks = locks;
        this.events = events;
        this.clock = clock;
        this.earnPercent = earnPercent;
    }

    @Override
    @Transactional(readOnly = true)
    public CouponQuote quote(UUID customerId, UUID couponId, UUID shopId, String shopCategory, long itemsAmount) {
        var coupon = coupons.findById(new CouponId(couponId)).orElse(null);
        if (coupon == null || !coupon.customerId().equals(customerId)) {
            return CouponQuote.refused("you hold no such coupon");
        }
        if (coupon.status() != CouponStatus.ISSUED) {
            return CouponQuote.refused("the coupon is already on another order");
        }
        var campaign = campaigns.campaign(coupon.campaignId());
        var refusal = refusal(campaign, shopId, shopCategory, itemsAmount);
        return refusal == null
                ? CouponQuote.discount(
                        campaign.discount().of(Money.won(itemsAmount)).won())
                : CouponQuote.refused(refusal);
    }

    @Override
    @Transactional(readOnly = true)
    public CouponQuote requote(UUID orderId, UUID couponId, long itemsAmount) {
        var coupon = coupons.findById(new CouponId(couponId)).orElse(null);
        if (coupon == null || !orderId.equals(coupon.orderId())) {
            return CouponQuote.refused("the coupon is not on this order");
        }
        // The coupon was valid for this shop and period when the order was placed; what is left only has to reach
        // its minimum, and a percentage is taken of what is left.
        var campaign = campaigns.campaign(coupon.campaignId());
        if (itemsAmount < campaign.minOrderAmount().won()) {
            return CouponQuote.refused("the coupon needs an order of at least "
                    + campaign.minOrderAmount().won() + " KRW");
        }
        return CouponQuote.discount(
                campaign.discount().of(Money.won(itemsAmount)).won());
    }

    @Override
    public void releaseCoupon(UUID orderId) {
        changeCouponOf(orderId, (coupon, now) -> coupon.restoreFrom(orderId, now));
    }

    /** Changes the coupon on the order, if there is one, under its lock. */
    private void changeCouponOf(UUID orderId, BiConsumer<Coupon, Instant> change) {
        coupons.findByOrder(orderId).ifPresent(coupon -> {
            locks.lockUntilTransactionEnds(coupon.getId());
            change.accept(coupon, Instant.now(clock));
            coupons.save(coupon);
        });
    }

    private @Nullable String refusal(CouponCampaign campaign, UUID shopId, String category, long itemsAmount) {
        var now = Instant.now(clock);
        if (now.isBefore(campaign.validFrom()) || !now.isBefore(campaign.validUntil())) {
            return "the coupon is valid from " + campaign.validFrom() + " until " + campaign.validUntil();
        }
        if (campaign.shopId() != null && !campaign.shopId().equals(shopId)) {
            return "the coupon is for another shop";
        }
        if (campaign.category() != null && !campaign.category().equals(category)) {
            return "the coupon is for " + campaign.category() + " shops";
        }
        if (itemsAmount < campaign.minOrderAmount().won()) {
            return "the coupon needs an order of at least "
                    + campaign.minOrderAmount().won() + " KRW";
        }
        return null;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> discountBearer(UUID couponId) {
        return coupons.findById(new CouponId(couponId))
                .map(coupon -> campaigns.campaign(coupon.campaignId()).bearer().name());
    }

    @Override
    @Transactional(readOnly = true)
    public long pointBalance(UUID customerId) {
        return points.balance(customerId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PointEntry> pointEntries(UUID customerId) {
        return points.entries(customerId, 100);
    }

    @Override
    public void take(UUID orderId, UUID causeEventId) {
        var order = orders.find(orderId, 0).orElse(null);
        if (order == null || (order.couponId() == null && order.points() == 0)) {
            return;
        }
        String refusal = null;
        var coupon = order.couponId() == null ? null : new CouponId(order.couponId());
        if (coupon != null) {
            locks.lockUntilTransactionEnds(coupon);
            var held = coupons.findById(coupon).orElse(null);
            if (held == null || !held.customerId().equals(order.customerId())) {
                refusal = "the coupon is not the customer's";
            } else if (!held.reserveFor(orderId)) {
                refusal = "the coupon was used on another order";
            } else if (order.points() > 0 && !points.spend(order.customerId(), orderId, order.points(), causeEventId)) {
                refusal = "not enough points";
            } else {
                coupons.save(held);
            }
        } else if (!points.spend(order.customerId(), orderId, order.points(), causeEventId)) {
            refusal = "not enough points";
        }
        if (refusal != null) {
            log.info("Benefits of order {} refused: {}", orderId, refusal);
            events.publishEvent(new OrderBenefitsRefused(UUID.randomUUID(), orderId, refusal, 1, Instant.now(clock)));
        }
    }

    @Override
    public void confirm(UUID orderId) {
        changeCouponOf(orderId, (coupon, now) -> coupon.useFor(orderId, now));
    }

    @Override
    public void giveBack(UUID orderId, UUID causeEventId) {
        releaseCoupon(orderId);
        orders.find(orderId, 0).ifPresent(order -> points.restore(order.customerId(), orderId, causeEventId));
    }

    @Override
    public void earnPoints(UUID orderId, long orderVersion, UUID causeEventId) {
        orders.find(orderId, orderVersion).ifPresent(order -> {
            var earned = Math.multiplyExact(order.paymentAmount(), earnPercent) / 100;
            if (earned > 0) {
                points.earn(order.customerId(), orderId, earned, causeEventId);
            }
        });
    }
}
