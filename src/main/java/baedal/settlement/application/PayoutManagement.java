package baedal.settlement.application;

import baedal.settlement.domain.Payout;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Pays closed statements out to the shops, once each, and shows owners what was paid. */
@PrimaryPort
public interface PayoutManagement {

    /** Pays a closed day's statement out to the shop; asked again for the same shop and day, pays nothing more. */
    Payout payOut(UUID shopId, LocalDate businessDate, long amount);

    /** Tries the payouts the bank did not take yet again; how many were paid. */
    int retryPending();

    /** The payouts of a shop's closed days, for its owner or an admin. */
    List<Payout> payouts(UUID callerId, boolean admin, UUID shopId, LocalDate from, LocalDate to);
}
