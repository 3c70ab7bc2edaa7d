package baedal.settlement.application;

import baedal.settlement.domain.DailyStatement;
import baedal.settlement.domain.DeliveredSale;
import baedal.settlement.domain.GatewayReconciliation;
import baedal.settlement.domain.GatewayReconciliation.GatewayLine;
import baedal.settlement.domain.Ledger;
import baedal.settlement.domain.LedgerEntry;
import baedal.settlement.domain.Reconciliation;
import baedal.settlement.domain.SettlementFacts;
import baedal.settlement.events.SettlementClosed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Application;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Settles delivered orders into their shops' ledgers, dated by the business day in the platform's zone. */
@Application
@Service
@Transactional
class LedgerSettlement implements SettlementManagement {

    static final int MAX_DAYS = 366;

    private final Ledger ledger;
    private final SettlementFacts facts;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;

    LedgerSettlement(
            Ledger ledger,
            SettlementFacts facts,
            @Value("${baedal.settlement.zone:Asia/Seoul}") ZoneId zone,
            ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.facts = facts;
        this.zone = zone;
        this.events = events;
    }

    @Override
    public void paymentCaptured(UUID orderId, long amount, Instant at) {
        // events recorded before they carried the amount read it from the order; any version of it tells the shop
        facts.order(orderId, amount > 0 ? 1 : 0)
                .ifPresent(
                        order -> ledger.captured(orderId, order.shopId(), amount > 0 ? amount : order.paid(), day(at)));
    }

    @Override
    public void paymentRefunded(UUID orderId, long refundedTotal) {
        ledger.refunded(orderId, refundedTotal);
    }

    @Override
    public void orderDelivered(UUID orderId, long orderVersion, UUID causeEventId, Instant at) {
        var order = facts.order(orderId, orderVersion)
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " unknown"));
        var sale = new DeliveredSale(
                orderId,
                order.shopId(),
                order.total(),
                order.discount(),
                facts.shopBearsDiscount(order.couponId()),
                order.paid(),
                facts.commissionPercent(order.shopId()));
        ledger.add(openDays(order.shopId(), sale.entries(day(at), causeEventId)));
    }

    @Override
    public void adStarted(UUID contractId, UUID causeEventId) {
        facts.ultraCallFees(contractId)
                .ifPresent(fees -> ledger.add(openDays(fees.shopId(), fees.entries(zone, causeEventId))));
    }

    @Override
    public List<DailyStatement> closeDay(LocalDate date) {
        var closed = ledger.close(date);
        var now = Instant.now();
        closed.forEach(statement -> events.publishEvent(
                new SettlementClosed(UUID.randomUUID(), statement.shopId(), date, statement.payout(), 1, now)));
        return closed;
    }

    /** Entries dated on a day that is closed already go to the first open day after it. */
    private List<LedgerEntry> openDays(UUID shopId, List<LedgerEntry> entries) {
        var lastClosed = ledger.lastClosed(shopId);
        if (lastClosed.isEmpty()) {
            return entries;
        }
        var firstOpen = lastClosed.get().plusDays(1);
        return entries.stream()
                .map(e -> e.businessDate().isBefore(firstOpen)
                        ? new LedgerEntry(
                                e.shopId(), firstOpen, e.kind(), e.amount(), e.orderId(), e.paid(), e.causeEventId())
                        : e)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DailyStatement> statements(UUID callerId, boolean admin, UUID shopId, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        if (!admin && facts.ownerOf(shopId).filter(callerId::equals).isEmpty()) {
            throw new NotYourShopException("only the owner of shop " + shopId + " sees its settlements");
        }
        return ledger.statements(shopId, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public Reconciliation reconcile(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return ledger.reconcile(from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public GatewayReconciliation reconcileWithGateway(LocalDate from, LocalDate to, List<GatewayLine> gateway) {
        checkPeriod(from, to);
        return GatewayReconciliation.of(from, to, ledger.payments(from, to), gateway);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidPeriodException("a period runs forward and spans at most " + MAX_DAYS + " days");
        }
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }
}
