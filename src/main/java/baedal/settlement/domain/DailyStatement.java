package baedal.settlement.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A shop's business day: what it sold, what was deducted, and the payout. */
public record DailyStatement(
        UUID shopId, LocalDate date, long sales, long commission, long shopDiscounts, long orders) {

    /** Sales less commission and the discounts the shop bears (both are negative entries). */
    public long payout() {
        return sales + commission + shopDiscounts;
    }
}
