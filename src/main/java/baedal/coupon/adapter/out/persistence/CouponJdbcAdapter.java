package baedal.coupon.adapter.out.persistence;

import baedal.coupon.domain.CampaignId;
import baedal.coupon.domain.CampaignTally;
import baedal.coupon.domain.Coupon;
import baedal.coupon.domain.CouponId;
import baedal.coupon.domain.Coupons;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Issued coupons in table {@code coupon.coupons}, stored by Spring Data JDBC once issued (issuing them is
 * {@link CouponIssuanceJdbcAdapter}'s, in batches).
 */
@SecondaryAdapter
interface CouponJdbcAdapter extends Coupons, Repository<Coupon, CouponId> {

    @Override
    @Query("SELECT * FROM coupon.coupons WHERE customer_id = :customerId ORDER BY issued_at DESC")
    List<Coupon> findByCustomer(UUID customerId);

    @Override
    @Query("SELECT * FROM coupon.coupons WHERE order_id = :orderId")
    Optional<Coupon> findByOrder(UUID orderId);

    @Override
    default CampaignTally tally(CampaignId campaign) {
        return tally(campaign.id());
    }

    @Query("""
            SELECT COUNT(*) AS issued, COUNT(DISTINCT customer_id) AS customers,
                (SELECT COUNT(*) FROM (
                    SELECT c.customer_id FROM coupon.coupons c JOIN coupon.campaigns k ON k.id = c.campaign_id
                    WHERE c.campaign_id = :campaign
                    GROUP BY c.customer_id, k.per_user_limit HAVING COUNT(*) > k.per_user_limit) over_limit) AS over_limit,
                MIN(issued_at) AS first_issued_at, MAX(issued_at) AS last_issued_at
            FROM coupon.coupons WHERE campaign_id = :campaign""")
    CampaignTally tally(UUID campaign);
}
