package baedal.settlement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An Ultra Call contract's monthly fee: one charge on the first day of each month of the contract that begins. */
public record UltraCallFees(UUID shopId, long monthlyFee, Instant startsAt, Instant endsAt) {

    public List<LedgerEntry> entries(ZoneId zone, UUID causeEventId) {
        var entries = new ArrayList<LedgerEntry>();
        var first = LocalDate.ofInstant(startsAt, zone);
        var last = LocalDate.ofInstant(endsAt, zone);
        for (var month = first; month.isBefore(last); month = month.plusMonths(1)) {
            entries.add(new LedgerEntry(shopId, month, LedgerEntry.Kind.AD_FEE, -monthlyFee, null, null, causeEventId));
        }
        return entries;
    }
}
