package baedal.coupon.adapter.out.persistence;

import baedal.coupon.domain.CampaignId;
import baedal.coupon.domain.CouponCampaign;
import baedal.coupon.domain.CouponCampaign.Bearer;
import baedal.coupon.domain.CouponCampaigns;
import baedal.coupon.domain.Discount;
import baedal.kernel.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Coupon campaigns in the {@code coupon} schema, with plain JDBC. */
@SecondaryAdapter
@Component
class CampaignJdbcAdapter implements CouponCampaigns {

    private final JdbcClient jdbc;
    private final Clock clock;

    CampaignJdbcAdapter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void add(CouponCampaign campaign) {
        var discount = campaign.discount();
        jdbc.sql("""
                        INSERT INTO coupon.campaigns (id, name, discount_amount, discount_percent, max_discount,
                            min_order_amount, total_quantity, per_user_limit, opens_at, valid_from, valid_until, shop_id,
                            category, bearer, issued_count, created_at)
                        VALUES (:id, :name, :amount, :percent, :max, :minOrder, :total, :perUser, :opensAt, :validFrom,
                            :validUntil, :shop, :category, :bearer, 0, :createdAt)""")
                .param("id", campaign.getId().id())
                .param("name", campaign.name())
                .param(
                        "amount",
                        discount.amount() == null ? null : discount.amount().won())
                .param("percent", discount.percent())
                .param("max", discount.max() == null ? null : discount.max().won())
                .param("minOrder", campaign.minOrderAmount().won())
                .param("total", campaign.totalQuantity())
                .param("perUser", campaign.perUserLimit())
                .param("opensAt", campaign.opensAt())
                .param("validFrom", campaign.validFrom())
                .param("validUntil", campaign.validUntil())
                .param("shop", campaign.shopId())
                .param("category", campaign.category())
                .param("bearer", campaign.bearer().name())
                .param("createdAt", Instant.now(clock))
                .update();
    }

    @Override
    public Optional<CouponCampaign> findById(CampaignId id) {
        return jdbc.sql("SELECT * FROM coupon.campaigns WHERE id = :id")
                .param("id", id.id())
                .query(CampaignJdbcAdapter::campaign)
                .optional();
    }

    @Override
    public List<CouponCampaign> findValidAt(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT * FROM coupon.campaigns WHERE valid_until > :now
                        ORDER BY created_at DESC, id OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY""")
                .param("now", now)
                .param("limit", limit)
                .query(CampaignJdbcAdapter::campaign)
                .list();
    }

    private static CouponCampaign campaign(ResultSet rs, int row) throws SQLException {
        var amount = (Long) rs.getObject("discount_amount", Long.class);
        var discount = amount != null
                ? Discount.fixed(Money.won(amount))
                : Discount.percent(rs.getInt("discount_percent"), Money.won(rs.getLong("max_discount")));
        return new CouponCampaign(
                new CampaignId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                discount,
                Money.won(rs.getLong("min_order_amount")),
                rs.getInt("total_quantity"),
                rs.getInt("per_user_limit"),
                instant(rs.getTimestamp("opens_at")),
                rs.getTimestamp("valid_from").toInstant(),
                rs.getTimestamp("valid_until").toInstant(),
                rs.getObject("shop_id", UUID.class),
                rs.getString("category"),
                Bearer.valueOf(rs.getString("bearer")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
