package baedal.settlement.adapter.in.web;

import baedal.kernel.Role;
import baedal.platform.security.Caller;
import baedal.settlement.application.PayoutManagement;
import baedal.settlement.domain.Payout;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Owners see what their closed statements paid out, with the bank's reference. */
@PrimaryAdapter
@RestController
@Tag(name = "settlement")
class PayoutController {

    private final PayoutManagement payouts;

    PayoutController(PayoutManagement payouts) {
        this.payouts = payouts;
    }

    @Operation(
            summary = "Payouts of a shop's closed days (its owner, admin): PENDING, PAID with the bank's reference,"
                    + " or NOTHING_TO_PAY")
    @GetMapping("/api/shops/{shopId}/payouts")
    @PreAuthorize("hasAnyRole('OWNER', 'ADMIN')")
    List<PayoutResponse> payouts(
            Caller caller,
            @PathVariable UUID shopId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return payouts.payouts(caller.id(), caller.has(Role.ADMIN), shopId, from, to).stream()
                .map(PayoutResponse::of)
                .toList();
    }

    record PayoutResponse(
            LocalDate date,
            long amount,
            String status,
            @Nullable String reference,
            Instant requestedAt,
            @Nullable Instant paidAt) {

        static PayoutResponse of(Payout p) {
            return new PayoutResponse(
                    p.businessDate(), p.amount(), p.status().name(), p.reference(), p.requestedAt(), p.paidAt());
        }
    }
}
