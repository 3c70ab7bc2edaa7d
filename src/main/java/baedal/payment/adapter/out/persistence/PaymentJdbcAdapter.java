package baedal.payment.adapter.out.persistence;

import baedal.payment.domain.Payment;
import baedal.payment.domain.PaymentId;
import baedal.payment.domain.PaymentStatus;
import baedal.payment.domain.Payments;
import baedal.shared.kernel.Money;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/** Stores payments (one per order, enforced by a unique key) and publishes the events each recorded. */
@SecondaryAdapter
@Component
class PaymentJdbcAdapter implements Payments {

    private final PaymentRowRepository rows;
    private final ApplicationEventPublisher events;

    PaymentJdbcAdapter(PaymentRowRepository rows, ApplicationEventPublisher events) {
        this.rows = rows;
        this.events = events;
    }

    @Override
    public Optional<Payment> findByOrder(UUID orderId) {
        return rows.findByOrderId(orderId).map(PaymentJdbcAdapter::toDomain);
    }

    @Override
    public List<Payment> findAwaitingCharge(int limit) {
        return rows.findByStatusInOrderByRequestedAt(List.of(PaymentStatus.PENDING.name()), Limit.of(limit)).stream()
                .map(PaymentJdbcAdapter::toDomain)
                .toList();
    }

    @Override
    public Payment save(Payment payment) {
        var saved = rows.save(new PaymentRow(
                payment.getId().id(),
                payment.orderId(),
                payment.amount().won(),
                payment.status().name(),
                payment.gatewayTransactionId(),
                payment.failureReason(),
                payment.attempts(),
                payment.requestedAt(),
                payment.version()));
        payment.releaseEvents().forEach(events::publishEvent);
        return toDomain(saved);
    }

    private static Payment toDomain(PaymentRow row) {
        return Payment.restore(
                new PaymentId(row.id()),
                row.orderId(),
                Money.won(row.amount()),
                PaymentStatus.valueOf(row.status()),
                row.gatewayTransactionId(),
                row.failureReason(),
                row.attempts(),
                row.requestedAt(),
                row.version());
    }
}
