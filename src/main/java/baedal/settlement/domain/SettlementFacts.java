package baedal.settlement.domain;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What settlement reads from other modules' published query ports (orders, ads, coupons, shops). */
public interface SettlementFacts {

    /** The order's amounts, as of its {@code version} or later (0: as it is now). */
    Optional<OrderAmounts> order(UUID orderId, long version);

    /** The commission of the shop's running Open List contract, 0 without one. */
    int commissionPercent(UUID shopId);

    boolean shopBearsDiscount(@Nullable UUID couponId);

    Optional<UUID> ownerOf(UUID shopId);

    /** The fees of an Ultra Call contract; empty for other products. */
    Optional<UltraCallFees> ultraCallFees(UUID contractId);

    record OrderAmounts(
            UUID orderId,
            UUID shopId,
            long total,
            long discount,
            @Nullable UUID couponId,
            long paid) {}
}
