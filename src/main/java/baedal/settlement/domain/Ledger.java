package baedal.settlement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.ddd.annotation.Repository;

/** The shops' ledgers and the captured payments they are reconciled against. */
@Repository
public interface Ledger {

    /** Adds the entries of one event; entries of an event already recorded are skipped. */
    void add(List<LedgerEntry> entries);

    List<DailyStatement> statements(UUID shopId, LocalDate from, LocalDate to);

    void captured(UUID orderId, UUID shopId, long amount, LocalDate on);

    /** {@code total} KRW of the order's payment are refunded so far; a smaller total arriving late changes nothing. */
    void refunded(UUID orderId, long total);

    Reconciliation reconcile(LocalDate from, LocalDate to);

    /** The payments captured within the period, with what was refunded of them. */
    List<CapturedPayment> payments(LocalDate from, LocalDate to);

    /** The shop's last closed business day, if any. */
    Optional<LocalDate> lastClosed(UUID shopId);

    /** Closes the day for every shop with entries on it that is still open; returns the statements closed. */
    List<DailyStatement> close(LocalDate date);
}
