package baedal.settlement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The payouts of closed statements, one per shop and business day. */
@SecondaryPort
public interface Payouts {

    /** Records the payout unless one is recorded for the shop and day already; returns the one recorded. */
    Payout recordOnce(Payout payout);

    /** The bank confirmed the transfer. */
    void markPaid(UUID shopId, LocalDate businessDate, String reference, Instant at);

    List<Payout> of(UUID shopId, LocalDate from, LocalDate to);

    /** Payouts still waiting for the bank, oldest first. */
    List<Payout> pending(int limit);
}
