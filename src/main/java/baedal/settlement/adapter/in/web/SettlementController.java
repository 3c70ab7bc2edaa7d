package baedal.settlement.adapter.in.web;

import baedal.kernel.Role;
import baedal.platform.security.Caller;
import baedal.settlement.application.SettlementManagement;
import baedal.settlement.domain.DailyStatement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Owners see their shops' daily statements; operators reconcile payments against settled sales. */
@PrimaryAdapter
@RestController
@Tag(name = "settlement")
class SettlementController {

    private final SettlementManagement settlement;

    SettlementController(SettlementManagement settlement) {
        this.settlement = settlement;
    }

    @Operation(summary = "Daily statements of a shop (its owner, admin): sales, commission, discounts borne, payout")
    @GetMapping("/api/shops/{shopId}/settlements")
    @PreAuthorize("hasAnyRole('OWNER', 'ADMIN')")
    StatementsResponse statements(
            Caller caller,
            @PathVariable UUID shopId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var days = settlement.statements(caller.id(), caller.has(Role.ADMIN), shopId, from, to).stream()
                .map(DayResponse::of)
                .toList();
        return new StatementsResponse(
                shopId,
                from,
                to,
                days,
                days.stream().mapToLong(DayResponse::sales).sum(),
                days.stream().mapToLong(DayResponse::payout).sum());
    }

    @Operation(summary = "Payments captured minus refunds against settled sales, for a period (admin)")
    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/api/admin/settlements/reconciliation")
    ReconciliationResponse reconcile(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var r = settlement.reconcile(from, to);
        return new ReconciliationResponse(
                r.from(), r.to(), r.captured(), r.refunded(), r.settledSales(), r.balanced(), r.mismatchedOrders());
    }

    record ReconciliationResponse(
            LocalDate from,
            LocalDate to,
            long captured,
            long refunded,
            long settledSales,
            boolean balanced,
            List<UUID> mismatchedOrders) {}

    @Operation(
            summary = "The payment gateway's settlement file (CSV: order_id,type,amount,date; type CAPTURE or REFUND)"
                    + " against the payments captured in a period, every difference listed (admin)")
    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping(
            path = "/api/admin/settlements/reconciliation/gateway",
            consumes = {"text/csv", "text/plain"})
    GatewayReconciliationResponse reconcileWithGateway(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestBody String file) {
        var r = settlement.reconcileWithGateway(from, to, GatewayFile.parse(file));
        return new GatewayReconciliationResponse(
                r.from(),
                r.to(),
                r.captured(),
                r.refunded(),
                r.gatewayCaptured(),
                r.gatewayRefunded(),
                r.matchedOrders(),
                r.balanced(),
                r.differences().stream()
                        .map(d -> new DifferenceResponse(d.orderId(), d.kind().name(), d.expected(), d.reported()))
                        .toList());
    }

    record GatewayReconciliationResponse(
            LocalDate from,
            LocalDate to,
            long captured,
            long refunded,
            long gatewayCaptured,
            long gatewayRefunded,
            int matchedOrders,
            boolean balanced,
            List<DifferenceResponse> differences) {}

    /** MISSING_AT_GATEWAY, UNKNOWN_TO_US, CAPTURE_DIFFERS or REFUND_DIFFERS, with our amount and the gateway's. */
    record DifferenceResponse(UUID orderId, String kind, long expected, long reported) {}

    @Operation(summary = "Close a business day into payout statements (admin; done every night at 00:10 Asia/Seoul)")
    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/api/admin/settlements/close")
    List<DayResponse> close(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return settlement.closeDay(date).stream().map(DayResponse::of).toList();
    }

    record StatementsResponse(
            UUID shopId, LocalDate from, LocalDate to, List<DayResponse> days, long sales, long payout) {}

    record DayResponse(
            LocalDate date,
            long orders,
            long sales,
            long commission,
            long shopDiscounts,
            long adFees,
            long payout,
            boolean closed) {

        static DayResponse of(DailyStatement s) {
            return new DayResponse(
                    s.date(),
                    s.orders(),
                    s.sales(),
                    s.commission(),
                    s.shopDiscounts(),
                    s.adFees(),
                    s.payout(),
                    s.closed());
        }
    }
}
