package baedal.settlement.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A shop's business day: what it sold, what was deducted, the payout, and whether the day is closed. */
public record DailyStatement(
        UUID shopId,
        LocalDate date,
        long sales,
        long commission,
        long shopDiscounts,
        long adFees,
        long orders,
        boolean closed) {

    /** Sales less commission, the discounts the shop bears and ad fees (all three are negative entries). */
    public long payout() {
        return sales + commission + shopDiscounts + adFees;
    }
}
