package baedal.coupon.adapter.out.persistence;

import baedal.coupon.domain.CampaignId;
import baedal.coupon.domain.CouponCampaign;
import baedal.coupon.domain.CouponCampaigns;
import java.time.Instant;
import java.util.List;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Coupon campaigns in table {@code coupon.campaigns}, read by Spring Data JDBC (finding by id is its own). A campaign
 * is written once, with the columns only the database keeps: how many coupons were issued (raised by
 * {@link CouponIssuanceJdbcAdapter}) and when it was created.
 */
@SecondaryAdapter
interface CampaignJdbcAdapter extends CouponCampaigns, Repository<CouponCampaign, CampaignId> {

    @Override
    @Modifying
    @Query("""
            INSERT INTO coupon.campaigns (id, name, discount_amount, discount_percent, max_discount, min_order_amount,
                total_quantity, per_user_limit, opens_at, valid_from, valid_until, shop_id, category, bearer,
                issued_count, created_at)
            VALUES (:#{#campaign.id.id}, :#{#campaign.name}, :#{#campaign.discount.amount?.won},
                :#{#campaign.discount.percent}, :#{#campaign.discount.max?.won}, :#{#campaign.minOrderAmount.won},
                :#{#campaign.totalQuantity}, :#{#campaign.perUserLimit}, :#{#campaign.opensAt},
                :#{#campaign.validFrom}, :#{#campaign.validUntil}, :#{#campaign.shopId}, :#{#campaign.category},
                :#{#campaign.bearer.name()}, 0, :createdAt)""")
    void add(CouponCampaign campaign, Instant createdAt);

    @Override
    @Query("SELECT * FROM coupon.campaigns WHERE valid_until > :now"
            + " ORDER BY created_at DESC, id OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY")
    List<CouponCampaign> findValidAt(Instant now, int limit);
}
