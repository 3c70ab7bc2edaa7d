package baedal.settlement.application;

import baedal.settlement.domain.DailyStatement;
import baedal.settlement.domain.GatewayReconciliation;
import baedal.settlement.domain.GatewayReconciliation.GatewayLine;
import baedal.settlement.domain.Reconciliation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Keeps the shops' ledgers from order and payment facts and shows owners their statements. */
@PrimaryPort
public interface SettlementManagement {

    /** The order's payment captured {@code amount} KRW. */
    void paymentCaptured(UUID orderId, long amount, Instant at);

    /** {@code refundedTotal} KRW of the order's payment are refunded so far. */
    void paymentRefunded(UUID orderId, long refundedTotal);

    /** The order of {@code orderVersion} was delivered: its sale goes into the ledger, once per cause. */
    void orderDelivered(UUID orderId, long orderVersion, UUID causeEventId, Instant at);

    void adStarted(UUID contractId, UUID causeEventId);

    /** Closes a business day into payout statements ({@code SettlementClosed}); closing it again changes nothing. */
    List<DailyStatement> closeDay(LocalDate date);

    /** Daily statements of a shop, for its owner or an admin. */
    List<DailyStatement> statements(UUID callerId, boolean admin, UUID shopId, LocalDate from, LocalDate to);

    Reconciliation reconcile(LocalDate from, LocalDate to);

    /** The gateway's settlement file for a period against the payments captured in it: every difference listed. */
    GatewayReconciliation reconcileWithGateway(LocalDate from, LocalDate to, List<GatewayLine> gateway);
}
