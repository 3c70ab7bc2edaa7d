package baedal.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
        approved.refunded(approved.refundKey(null), approved.refundable(), REQUESTED);
        assertThat(approved.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(approved.releaseEvents())
                .extracting(Object::getClass)
                .containsExactly(PaymentApproved.class, PaymentRefunded.class);
    }

    @Test
    void partsAreRefundedUntilNothingIsLeftAndNeverMore() {
        var payment = Payment.request(PaymentId.random(), UUID.randomUUID(), Money.won(20_000), REQUESTED);
        payment.approve("tx-1", REQUESTED);
        payment.releaseEvents();

        payment.refunded(payment.refundKey("line-1"), Money.won(5_000), REQUESTED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(payment.refunded()).isEqualTo(Money.won(5_000));
        assertThat(payment.refundable()).isEqualTo(Money.won(15_000));
        assertThatThrownBy(() -> payment.refunded(payment.refundKey("line-2"), Money.won(15_001), REQUESTED))
                .isInstanceOf(IllegalStateException.class);

        payment.refunded(payment.refundKey(null), payment.refundable(), REQUESTED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.refundable()).isEqualTo(Money.ZERO);
        assertThat(payment.releaseEvents())
                .map(PaymentRefunded.class::cast)
                .extracting(PaymentRefunded::amount, PaymentRefunded::refundedTotal)
                .containsExactly(tuple(5_000L, 5_000L), tuple(15_000L, 20_000L));
        assertThat(payment.releaseRefunds())
                .extracting(Payment.Refund::key)
                .containsExactly(payment.refundKey("line-1"), payment.refundKey(null));
        assertThatThrownBy(() -> payment.refunded(payment.refundKey("line-3"), Money.won(1), REQUESTED))
                .isInstanceOf(IllegalStateException.class);

        var pending = Payment.request(PaymentId.random(), UUID.randomUUID(), Money.won(20_000), REQUESTED);
        pending.gatewayUnavailable(DEADLINE, REQUESTED);
        pending.cancelBeforeCharge();
        assertThat(pending.awaitsCharge()).isFalse();
        assertThat(pending.isRefundable()).isFalse();
        assertThat(pending.status()).isEqualTo(PaymentStatus.CANCELLED);
    }
}
