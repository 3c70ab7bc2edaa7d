package baedal.settlement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a delivered order means for its shop's ledger. Integer KRW throughout: the commission is rounded down to the
 * won once per order, so sums over any period have no drift.
 */
public record DeliveredSale(
        UUID orderId,
        UUID shopId,
        long total,
        long discount,
        boolean shopBearsDiscount,
        long paid,
        int commissionPercent) {

    public List<LedgerEntry> entries(LocalDate businessDate, UUID causeEventId) {
        var entries = new ArrayList<LedgerEntry>();
        entries.add(new LedgerEntry(shopId, businessDate, LedgerEntry.Kind.SALE, total, orderId, paid, causeEventId));
        var commission = Math.multiplyExact(total, commissionPercent) / 100;
        if (commission > 0) {
            entries.add(new LedgerEntry(
                    shopId, businessDate, LedgerEntry.Kind.COMMISSION, -commission, orderId, null, causeEventId));
        }
        if (shopBearsDiscount && discount > 0) {
            entries.add(new LedgerEntry(
                    shopId, businessDate, LedgerEntry.Kind.SHOP_DISCOUNT, -discount, orderId, null, causeEventId));
        }
        return entries;
    }
}
