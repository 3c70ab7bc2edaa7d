package baedal.settlement.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.ddd.types.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * One line of a shop's ledger in KRW, from the shop's side (sales positive, deductions negative), dated by business
 * day and naming the event that caused it.
 */
public record LedgerEntry(
        UUID shopId,
        LocalDate businessDate,
        Kind kind,
        long amount,
        @Nullable UUID orderId,
        @Nullable Long paid,
        UUID causeEventId)
        implements ValueObject {

    public enum Kind {
        /** The order's worth (items and delivery fee), owed to the shop. */
        SALE,
        /** The platform's commission under an Open List contract. */
        COMMISSION,
        /** A coupon discount the shop agreed to bear. */
        SHOP_DISCOUNT,
        /** A month of an Ultra Call contract, charged on the day each month of it begins. */
        AD_FEE
    }
}
