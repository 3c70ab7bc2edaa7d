package baedal.settlement.adapter.out.sources;

import baedal.ad.api.AdQueries;
import baedal.coupon.api.CouponQueries;
import baedal.order.api.OrderQueries;
import baedal.settlement.domain.SettlementFacts;
import baedal.settlement.domain.UltraCallFees;
import baedal.shop.api.ShopQueries;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads orders, ads, coupons and shops through their modules' published query ports, in process. */
@SecondaryAdapter
@Component
class PublishedQueriesAdapter implements SettlementFacts {

    private final OrderQueries orders;
    private final AdQueries ads;
    private final CouponQueries coupons;
    private final ShopQueries shops;

    PublishedQueriesAdapter(OrderQueries orders, AdQueries ads, CouponQueries coupons, ShopQueries shops) {
        this.orders = orders;
        this.ads = ads;
        this.coupons = coupons;
        this.shops = shops;
    }

    @Override
    public Optional<OrderAmounts> order(UUID orderId, long version) {
        return orders.findOrder(orderId, version)
                .map(o -> new OrderAmounts(
                        o.id(), o.shopId(), o.totalAmount(), o.discountAmount(), o.couponId(), o.paymentAmount()));
    }

    @Override
    public int commissionPercent(UUID shopId) {
        return ads.adsOf(shopId).commissionPercent();
    }

    @Override
    public boolean shopBearsDiscount(@Nullable UUID couponId) {
        return couponId != null
                && coupons.discountBearer(couponId).filter("SHOP"::equals).isPresent();
    }

    @Override
    public Optional<UltraCallFees> ultraCallFees(UUID contractId) {
        return ads.contract(contractId)
                .filter(terms -> terms.product().equals("ULTRA_CALL"))
                .map(terms -> new UltraCallFees(terms.shopId(), terms.monthlyFee(), terms.startsAt(), terms.endsAt()));
    }

    @Override
    public Optional<UUID> ownerOf(UUID shopId) {
        return shops.findShop(shopId).map(shop -> shop.ownerId());
    }
}
