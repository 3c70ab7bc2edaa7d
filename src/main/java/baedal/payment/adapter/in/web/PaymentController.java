package baedal.payment.adapter.in.web;

import baedal.kernel.Role;
import baedal.payment.application.PaymentProcessing;
import baedal.payment.domain.Payment;
import baedal.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@PrimaryAdapter
@RestController
@Tag(name = "payment")
class PaymentController {

    private final PaymentProcessing payments;

    PaymentController(PaymentProcessing payments) {
        this.payments = payments;
    }

    @Operation(summary = "The payment of an order (its customer or an admin)")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/api/payments")
    PaymentResponse payment(Caller caller, @RequestParam UUID orderId) {
        return PaymentResponse.of(payments.paymentOf(caller.id(), caller.has(Role.ADMIN), orderId));
    }

    record PaymentResponse(
            UUID id,
            UUID orderId,
            long amount,

            @Schema(description = "What was refunded of the amount so far, in part or in full")
            long refundedAmount,

            String status,
            int attempts,
            @Nullable String failureReason,
            Instant requestedAt) {

        static PaymentResponse of(Payment payment) {
            return new PaymentResponse(
                    payment.getId().id(),
                    payment.orderId(),
                    payment.amount().won(),
                    payment.refunded().won(),
                    payment.status().name(),
                    payment.attempts(),
                    payment.failureReason(),
                    payment.requestedAt());
        }
    }
}
