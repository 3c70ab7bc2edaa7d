package baedal.coupon.domain;

import baedal.coupon.events.CouponIssued;
import baedal.coupon.events.CouponRestored;
import baedal.coupon.events.CouponUsed;
import baedal.kernel.EventRecordingAggregateRoot;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A coupon a customer holds: issued once from a campaign, then reserved by an order, used or given back. */
public class Coupon extends EventRecordingAggregateRoot<Coupon, CouponId> {

    private final CouponId id;
    private final CampaignId campaignId;
    private final UUID customerId;
    private CouponStatus status;
    private @Nullable UUID orderId;
    private final Instant issuedAt;
    private long version;

    private Coupon(
            CouponId id,
            CampaignId campaignId,
            UUID customerId,
            CouponStatus status,
            @Nullable UUID orderId,
            Instant issuedAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.campaignId = Objects.requireNonNull(campaignId, "campaignId");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.status = Objects.requireNonNull(status, "status");
        this.orderId = orderId;
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.version = version;
    }

    public static Coupon issue(CampaignId campaign, UUID customer, Instant now) {
        var coupon = new Coupon(CouponId.random(), campaign, customer, CouponStatus.ISSUED, null, now, 0);
        coupon.registerEvent(new CouponIssued(UUID.randomUUID(), coupon.id.id(), campaign.id(), customer, 1, now));
        return coupon;
    }

    /**
     * Puts the coupon on an order; false if it is on another order already. Putting it on the same order again
     * changes nothing.
     */
    public boolean reserveFor(UUID order) {
        if (status != CouponStatus.ISSUED) {
            return order.equals(orderId);
        }
        status = CouponStatus.RESERVED;
        orderId = order;
        return true;
    }

    /** The order it is on was paid. */
    public void useFor(UUID order, Instant now) {
        if (status == CouponStatus.RESERVED && order.equals(orderId)) {
            status = CouponStatus.USED;
            registerEvent(new CouponUsed(UUID.randomUUID(), id.id(), order, version + 1, now));
        }
    }

    /** The order it is on was cancelled: the customer holds it again. */
    public void restoreFrom(UUID order, Instant now) {
        if (status != CouponStatus.ISSUED && order.equals(orderId)) {
            status = CouponStatus.ISSUED;
            orderId = null;
            registerEvent(new CouponRestored(UUID.randomUUID(), id.id(), order, version + 1, now));
        }
    }

    @Override
    public CouponId getId() {
        return id;
    }

    public CampaignId campaignId() {
        return campaignId;
    }

    public UUID customerId() {
        return customerId;
    }

    public CouponStatus status() {
        return status;
    }

    public @Nullable UUID orderId() {
        return orderId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public long version() {
        return version;
    }
}
