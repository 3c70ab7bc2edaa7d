package baedal.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import baedal.kernel.Money;
import baedal.order.api.OrderQueries;
import baedal.order.api.OrderView;
import baedal.order.events.OrderCancelled;
import baedal.order.events.OrderLineCancelled;
import baedal.order.events.PaymentApproved;
import baedal.order.events.PaymentRefunded;
import baedal.payment.adapter.out.gateway.SandboxPaymentGateway;
import baedal.payment.application.PaymentProcessing;
import baedal.payment.domain.Payment;
import baedal.payment.domain.PaymentStatus;
import baedal.payment.domain.Payments;
import baedal.testing.InjectedFailure;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

/** The payment module on its own: the order's amount comes from a mocked query port, the gateway is the sandbox. */
@ApplicationModuleTest
@ActiveProfiles("test")
class PaymentIntegrationTests {

    static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

    @MockitoBean
    OrderQueries orders;

    @MockitoSpyBean
    SandboxPaymentGateway gateway;

    private final PaymentProcessing processing;
    private final Payments payments;
    private final TransactionTemplate transactions;

    PaymentIntegrationTests(PaymentProcessing processing, Payments payments, TransactionTemplate transactions) {
        this.processing = processing;
        this.payments = payments;
        this.transactions = transactions;
    }

    @BeforeEach
    void everyOrderCosts20000Won() {
        when(orders.findOrder(any(), anyLong())).thenAnswer(call -> costs20000Won(call.getArgument(0)));
        when(orders.findOrder(any())).thenAnswer(call -> costs20000Won(call.getArgument(0)));
    }

    private static Optional<OrderView> costs20000Won(UUID order) {
        return Optional.of(new OrderView(
                order,
                UUID.randomUUID(),
                UUID.randomUUID(),
                "PLACED",
                20_000,
                0,
                null,
                0,
                20_000,
                1,
                "B2612040001",
                "Olympic-ro 240",
                37.5140,
                127.1010));
    }

    @Test
    void aChargeIsStoredWithItsOutcomeAndARepeatChargesNothing(Scenario scenario) {
        var order = UUID.randomUUID();

        scenario.stimulate(() -> processing.charge(order, 1))
                .andWaitForEventOfType(PaymentApproved.class)
                .matching(event -> event.orderId().equals(order))
                .toArriveAndVerify(event -> {
                    var payment = payments.findByOrder(order).orElseThrow();
                    assertThat(payment.getId().id()).isEqualTo(event.paymentId());
                    assertThat(payment.status()).isEqualTo(PaymentStatus.APPROVED);
                    assertThat(payment.amount().won()).isEqualTo(20_000);
                    assertThat(payment.attempts()).isEqualTo(1);
                    assertThat(payment.gatewayTransactionId()).isNotBlank();
                    assertThat(payment.version()).isEqualTo(2);
                });

        processing.charge(order, 1);
        var again = payments.findByOrder(order).orElseThrow();
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(PaymentStatus.APPROVED);
    }

    @Test
    void theIdempotencyKeyIsCommittedBeforeTheGatewayIsCalledAndReusedAfterACrash() {
        var order = UUID.randomUUID();
        var storedWhenCalled = new AtomicReference<Payment>();
        doAnswer(call -> {
                    storedWhenCalled.set(payments.findByOrder(order).orElse(null));
                    throw new InjectedFailure("the instance died while the gateway was charging");
                })
                .doCallRealMethod()
                .when(gateway)
                .charge(anyString(), eq(order), any());

        assertThatThrownBy(() -> processing.charge(order, 1)).hasMessageContaining("died");
        assertThat(storedWhenCalled.get())
                .as("payment committed before the call")
                .isNotNull();
        var key = storedWhenCalled.get().getId().id().toString();
        assertThat(payments.findByOrder(order).orElseThrow().status()).isEqualTo(PaymentStatus.REQUESTED);

        processing.charge(order, 1);

        var keys = ArgumentCaptor.forClass(String.class);
        verify(gateway, times(2)).charge(keys.capture(), eq(order), any());
        assertThat(keys.getAllValues()).containsExactly(key, key);
        var payment = payments.findByOrder(order).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(payment.attempts()).isEqualTo(2);
    }

    @Test
    void aRefundOfAnUndecidedChargeSettlesItUnderTheSameKeyAndRefundsIt() {
        var order = UUID.randomUUID();
        doThrow(new InjectedFailure("the instance died while the gateway was charging"))
                .doCallRealMethod()
                .when(gateway)
                .charge(anyString(), eq(order), any());
        assertThatThrownBy(() -> processing.charge(order, 1)).hasMessageContaining("died");

        processing.refund(order);

        var payment = payments.findByOrder(order).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.gatewayTransactionId()).isNotBlank();
        verify(gateway).refund(anyString(), eq(payment.gatewayTransactionId()), any());
    }

    @Test
    void aStaleCopyOfAPaymentIsNotSaved() {
        var order = UUID.randomUUID();
        processing.charge(order, 1);
        var first = transactions.execute(tx -> payments.findByOrder(order).orElseThrow());
        var second = transactions.execute(tx -> payments.findByOrder(order).orElseThrow());

        transactions.executeWithoutResult(tx -> payments.save(first));

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> payments.save(second)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(payments.findByOrder(order).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void paymentsWaitingForTheGatewayAreFoundOldestFirst() {
        var earlier = UUID.randomUUID();
        var later = UUID.randomUUID();
        gateway.setAvailable(false);
        try {
            processing.charge(earlier, 1);
            processing.charge(later, 1);
            var waiting = transactions.execute(tx -> payments.findAwaitingCharge(100)).stream()
                    .map(payment -> payment.orderId())
                    .filter(id -> id.equals(earlier) || id.equals(later))
                    .toList();
            assertThat(waiting).containsExactly(earlier, later);
            assertThat(payments.findByOrder(earlier).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        } finally {
            gateway.setAvailable(true);
        }
        assertThat(processing.retryPending()).isGreaterThanOrEqualTo(2);
        assertThat(payments.findByOrder(later).orElseThrow().status()).isEqualTo(PaymentStatus.APPROVED);
    }

    @Test
    void aCancelledLineIsRefundedOnceAndCancellingTheOrderRefundsTheRest(Scenario scenario) {
        var order = UUID.randomUUID();
        processing.charge(order, 1);
        var lineCancelled = new OrderLineCancelled(
                UUID.randomUUID(), order, UUID.randomUUID(), UUID.randomUUID(), 1, 6_000, false, false, 4, NOW);

        scenario.publish(lineCancelled)
                .andWaitForEventOfType(PaymentRefunded.class)
                .matching(event -> event.orderId().equals(order))
                .toArriveAndVerify(event -> {
                    assertThat(event.amount()).isEqualTo(6_000);
                    assertThat(event.refundedTotal()).isEqualTo(6_000);
                    var payment = payments.findByOrder(order).orElseThrow();
                    assertThat(payment.status()).isEqualTo(PaymentStatus.APPROVED);
                    assertThat(payment.refunded().won()).isEqualTo(6_000);
                });

        // the same fact again (a re-publication) refunds nothing more
        processing.refundPart(order, "line-1", Money.won(6_000));
        assertThat(payments.findByOrder(order).orElseThrow().refunded().won()).isEqualTo(6_000);

        scenario.publish(new OrderCancelled(UUID.randomUUID(), order, UUID.randomUUID(), true, false, 5, NOW))
                .andWaitForEventOfType(PaymentRefunded.class)
                .matching(event -> event.orderId().equals(order) && event.refundedTotal() == 20_000)
                .toArriveAndVerify(event -> {
                    assertThat(event.amount()).isEqualTo(14_000);
                    assertThat(payments.findByOrder(order).orElseThrow().status())
                            .isEqualTo(PaymentStatus.REFUNDED);
                });
        var keys = ArgumentCaptor.forClass(String.class);
        var amounts = ArgumentCaptor.forClass(Money.class);
        verify(gateway, times(2)).refund(keys.capture(), anyString(), amounts.capture());
        assertThat(amounts.getAllValues()).containsExactly(Money.won(6_000), Money.won(14_000));
        assertThat(keys.getAllValues()).doesNotHaveDuplicates();

        // a line cancelled after the whole order was refunded finds nothing left
        processing.refundPart(order, "line-2", Money.won(3_000));
        assertThat(payments.findByOrder(order).orElseThrow().refunded().won()).isEqualTo(20_000);
        verify(gateway, times(2)).refund(anyString(), anyString(), any());
    }
}
