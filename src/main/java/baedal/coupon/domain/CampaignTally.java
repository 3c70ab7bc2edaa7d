package baedal.coupon.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the database holds for a campaign: coupons issued, distinct customers, customers holding more than the
 * per-customer limit (always zero), and when the first and last coupon were issued.
 */
public record CampaignTally(
        long issued,
        long customers,
        long overLimit,
        @Nullable Instant firstIssuedAt,
        @Nullable Instant lastIssuedAt) {}
