package baedal.settlement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * For the orders whose payment was captured in a period and that are finished (delivered, or refunded in full): payments
 * captured minus refunds, as the payment facts reported them, against what the settled sales say customers paid.
 */
public record Reconciliation(
        LocalDate from, LocalDate to, long captured, long refunded, long settledSales, List<UUID> mismatchedOrders) {

    public boolean balanced() {
        return captured - refunded == settledSales && mismatchedOrders.isEmpty();
    }
}
