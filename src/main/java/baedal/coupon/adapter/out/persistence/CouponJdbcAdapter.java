package baedal.coupon.adapter.out.persistence;

import baedal.coupon.domain.CampaignId;
import baedal.coupon.domain.CampaignTally;
import baedal.coupon.domain.Coupon;
import baedal.coupon.domain.CouponId;
import baedal.coupon.domain.CouponStatus;
import baedal.coupon.domain.Coupons;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Issued coupons in the {@code coupon} schema, with plain JDBC (issuing them is {@link CouponIssuanceJdbcAdapter}'s). */
@SecondaryAdapter
@Component
class CouponJdbcAdapter implements Coupons {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CouponJdbcAdapter(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<Coupon> findByCustomer(UUID customerId) {
        return jdbc.sql("""
                        SELECT id, campaign_id, customer_id, status, order_id, issued_at, version FROM coupon.coupons
                        WHERE customer_id = :customer ORDER BY issued_at DESC""")
                .param("customer", customerId)
                .query(CouponJdbcAdapter::coupon)
                .list();
    }

    @Override
    public Optional<Coupon> findById(CouponId id) {
        return jdbc.sql("""
                        SELECT id, campaign_id, customer_id, status, order_id, issued_at, version FROM coupon.coupons
                        WHERE id = :id""")
                .param("id", id.id())
                .query(CouponJdbcAdapter::coupon)
                .optional();
    }

    @Override
    public Optional<Coupon> findByOrder(UUID orderId) {
        return jdbc.sql("""
                        SELECT id, campaign_id, customer_id, status, order_id, issued_at, version FROM coupon.coupons
                        WHERE order_id = :order""")
                .param("order", orderId)
                .query(CouponJdbcAdapter::coupon)
                .optional();
    }

    @Override
    public void save(Coupon coupon) {
        var updated = jdbc.sql("""
                        UPDATE coupon.coupons SET status = :status, order_id = :order, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("status", coupon.status().name())
                .param("order", coupon.orderId())
                .param("id", coupon.getId().id())
                .param("version", coupon.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException(
                    "coupon " + coupon.getId().id() + " changed concurrently");
        }
        coupon.releaseEvents().forEach(events::publishEvent);
    }

    @Override
    public CampaignTally tally(CampaignId campaign) {
        var overLimit =
                jdbc.sql("""
                        SELECT COUNT(*) FROM (
                            SELECT c.customer_id FROM coupon.coupons c
                            JOIN coupon.campaigns k ON k.id = c.campaign_id
                            WHERE c.campaign_id = :campaign
                            GROUP BY c.customer_id, k.per_user_limit HAVING COUNT(*) > k.per_user_limit) over_limit""").param("campaign", campaign.id()).query(Long.class).single();
        return jdbc.sql("""
                        SELECT COUNT(*), COUNT(DISTINCT customer_id), MIN(issued_at), MAX(issued_at)
                        FROM coupon.coupons WHERE campaign_id = :campaign""")
                .param("campaign", campaign.id())
                .query((rs, row) -> new CampaignTally(
                        rs.getLong(1),
                        rs.getLong(2),
                        overLimit,
                        instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4))))
                .single();
    }

    static Coupon coupon(ResultSet rs, int row) throws SQLException {
        return Coupon.restore(
                new CouponId(rs.getObject("id", UUID.class)),
                new CampaignId(rs.getObject("campaign_id", UUID.class)),
                rs.getObject("customer_id", UUID.class),
                CouponStatus.valueOf(rs.getString("status")),
                rs.getObject("order_id", UUID.class),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getLong("version"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
