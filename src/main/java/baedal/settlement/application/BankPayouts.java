package baedal.settlement.application;

import baedal.settlement.domain.Payout;
import baedal.settlement.domain.PayoutFailedException;
import baedal.settlement.domain.PayoutGateway;
import baedal.settlement.domain.Payouts;
import baedal.settlement.domain.SettlementFacts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pays statements out through the {@link PayoutGateway}: the payout is recorded first (once per shop and day), the
 * transfer made outside any transaction with the payout's idempotency key, and its reference recorded after. A crash
 * between the two repeats the transfer with the same key, which the bank answers with the first transfer: no shop is
 * paid twice.
 */
@Application
@Service
class BankPayouts implements PayoutManagement {

    private static final Logger log = LoggerFactory.getLogger(BankPayouts.class);
    private static final int RETRY_BATCH = 100;

    private final Payouts payouts;
    private final PayoutGateway bank;
    private final SettlementFacts facts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BankPayouts(
            Payouts payouts, PayoutGateway bank, SettlementFacts facts, TransactionTemplate transactions, Clock clock) {
        this.payouts = payouts;
        this.bank = bank;
        this.facts = facts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Payout payOut(UUID shopId, LocalDate businessDate, long amount) {
        var payout = transactions.execute(
                status -> payouts.recordOnce(Payout.of(shopId, businessDate, amount, Instant.now(clock))));
        return payout.needsTransfer() ? transfer(payout) : payout;
    }

    @Override
    public int retryPending() {
        var paid = 0;
        for (var payout : payouts.pending(RETRY_BATCH)) {
            try {
                transfer(payout);
                paid++;
            } catch (PayoutFailedException stillFailing) {
                log.warn(
                        "Payout of shop {} for {} still not taken: {}",
                        payout.shopId(),
                        payout.businessDate(),
                        stillFailing.getMessage());
            }
        }
        return paid;
    }

    @Override
    public List<Payout> payouts(UUID callerId, boolean admin, UUID shopId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(LedgerSettlement.MAX_DAYS).isBefore(to)) {
            throw new InvalidPeriodException(
                    "a period runs forward and spans at most " + LedgerSettlement.MAX_DAYS + " days");
        }
        if (!admin && facts.ownerOf(shopId).filter(callerId::equals).isEmpty()) {
            throw new NotYourShopException("only the owner of shop " + shopId + " sees its payouts");
        }
        return payouts.of(shopId, from, to);
    }

    private Payout transfer(Payout payout) {
        var reference = bank.transfer(
                payout.idempotencyKey(),
                payout.shopId(),
                payout.amount(),
                "baedal settlement " + payout.businessDate());
        var at = Instant.now(clock);
        transactions.executeWithoutResult(
                status -> payouts.markPaid(payout.shopId(), payout.businessDate(), reference, at));
        log.info(
                "Paid {} KRW to shop {} for {} ({})",
                payout.amount(),
                payout.shopId(),
                payout.businessDate(),
                reference);
        return new Payout(
                payout.shopId(),
                payout.businessDate(),
                payout.amount(),
                Payout.Status.PAID,
                payout.idempotencyKey(),
                reference,
                payout.requestedAt(),
                at);
    }
}
