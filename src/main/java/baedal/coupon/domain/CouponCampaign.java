package baedal.coupon.domain;

import baedal.kernel.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * A coupon campaign run by an operator: what the coupon is worth, on which orders, how many exist, how many one
 * customer may hold, when they can be claimed and used, and who pays for the discount. A campaign with an opening
 * instant is a first-come-first-served flash sale. Campaigns are not changed once created, so every instance can keep
 * them in memory.
 */
public class CouponCampaign implements AggregateRoot<CouponCampaign, CampaignId> {

    /** Who bears the discount: the platform, or the shop (then it is deducted in the shop's settlement). */
    public enum Bearer {
        PLATFORM,
        SHOP
    }

    private final CampaignId id;
    private final String name;
    private final Discount discount;
    private final Money minOrderAmount;
    private final int totalQuantity;
    private final int perUserLimit;
    private final @Nullable Instant opensAt;
    private final Instant validFrom;
    private final Instant validUntil;
    private final @Nullable UUID shopId;
    private final @Nullable String category;
    private final Bearer bearer;

    public CouponCampaign(
            CampaignId id,
            String name,
            Discount discount,
            Money minOrderAmount,
            int totalQuantity,
            int perUserLimit,
            @Nullable Instant opensAt,
            Instant validFrom,
            Instant validUntil,
            @Nullable UUID shopId,
            @Nullable String category,
            Bearer bearer) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = requireText(name);
        this.discount = Objects.requireNonNull(discount, "discount");
        this.minOrderAmount = Objects.requireNonNull(minOrderAmount, "minOrderAmount");
        if (totalQuantity < 1) {
            throw new IllegalArgumentException("a campaign has at least one coupon");
        }
        if (perUserLimit < 1) {
            throw new IllegalArgumentException("the per-customer limit is at least one");
        }
        if (!validFrom.isBefore(validUntil)) {
            throw new IllegalArgumentException("validFrom must be before validUntil");
        }
        if (opensAt != null && !opensAt.isBefore(validUntil)) {
            throw new IllegalArgumentException("opensAt must be before validUntil");
        }
        if (bearer == Bearer.SHOP && shopId == null) {
            throw new IllegalArgumentException("only a campaign for one shop can have the shop bear the discount");
        }
        this.totalQuantity = totalQuantity;
        this.perUserLimit = perUserLimit;
        this.opensAt = opensAt;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.shopId = shopId;
        this.category = category;
        this.bearer = Objects.requireNonNull(bearer, "bearer");
    }

    /** Refuses a claim before the opening instant (or the validity start) and after the end of the validity. */
    public void checkClaimableAt(Instant now) {
        var opens = opensAt != null ? opensAt : validFrom;
        if (now.isBefore(opens)) {
            throw new CampaignNotOpenException("campaign " + id.id() + " opens at " + opens);
        }
        if (!now.isBefore(validUntil)) {
            throw new CampaignEndedException("campaign " + id.id() + " ended at " + validUntil);
        }
    }

    private static String requireText(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a campaign needs a name of at most 100 characters");
        }
        return name;
    }

    @Override
    public CampaignId getId() {
        return id;
    }

    public String name() {
        return name;
    }

    public Discount discount() {
        return discount;
    }

    public Money minOrderAmount() {
        return minOrderAmount;
    }

    public int totalQuantity() {
        return totalQuantity;
    }

    public int perUserLimit() {
        return perUserLimit;
    }

    public @Nullable Instant opensAt() {
        return opensAt;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public @Nullable UUID shopId() {
        return shopId;
    }

    public @Nullable String category() {
        return category;
    }

    public Bearer bearer() {
        return bearer;
    }
}
