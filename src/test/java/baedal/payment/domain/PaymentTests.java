package baedal.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import baedal.kernel.Money;
import baedal.order.events.PaymentApproved;
import baedal.order.events.PaymentDeferred;
import baedal.order.events.PaymentFailed;
import baedal.order.events.PaymentRefunded;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTests {

    static final Instant REQUESTED = Instant.parse("2026-11-27T03:00:00Z");
    static final Duration DEADLINE = Duration.ofMinutes(10);

    @Test
    void anUnreachableGatewayDefersOnceAndFailsAfterTheDeadline() {
        var payment = Payment.request(PaymentId.random(), UUID.randomUUID(), Money.won(20_000), REQUESTED);

        payment.gatewayUnavailable(DEADLINE, REQUESTED.plusSeconds(1));
        payment.gatewayUnavailable(DEADLINE, REQUESTED.plusSeconds(60));
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.awaitsCharge()).isTrue();

        payment.gatewayUnavailable(DEADLINE, REQUESTED.plus(DEADLINE).plusSeconds(1));

        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payment.releaseEvents())
                .extracting(Object::getClass)
                .containsExactly(PaymentDeferred.class, PaymentFailed.class);
    }

    @Test
    void onlyAnApprovedChargeIsRefundedAndACancelledOneIsNeverCharged() {
        var approved = Payment.request(PaymentId.random(), UUID.randomUUID(), Money.won(20_000), REQUESTED);
        approved.approve("tx-1", REQUESTED);
        assertThat(approved.isRefundable()).isTrue();
        approved.refunded(REQUESTED);
        assertThat(approved.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(approved.releaseEvents())
                .extracting(Object::getClass)
                .containsExactly(PaymentApproved.class, PaymentRefunded.class);

        var pending = Payment.request(PaymentId.random(), UUID.randomUUID(), Money.won(20_000), REQUESTED);
        pending.gatewayUnavailable(DEADLINE, REQUESTED);
        pending.cancelBeforeCharge();
        assertThat(pending.awaitsCharge()).isFalse();
        assertThat(pending.isRefundable()).isFalse();
        assertThat(pending.status()).isEqualTo(PaymentStatus.CANCELLED);
    }
}
