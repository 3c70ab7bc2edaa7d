package baedal.payment.adapter.out.persistence;

import baedal.payment.domain.Payment;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records the refunds a payment made since it was read, in {@code payment.refunds}, in the transaction that saves it:
 * refunds are only ever added, so they are inserted one by one instead of the whole collection being written again.
 */
@Component
class RefundsRecorded implements AfterSaveCallback<Payment> {

    private final JdbcClient jdbc;

    RefundsRecorded(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Payment onAfterSave(Payment payment) {
        for (var refund : payment.releaseRefunds()) {
            jdbc.sql("INSERT INTO payment.refunds (refund_key, payment_id, amount, refunded_at)"
                            + " VALUES (:key, :payment, :amount, :at)")
                    .param("key", refund.key())
                    .param("payment", payment.getId().id())
                    .param("amount", refund.amount().won())
                    .param("at", refund.at())
                    .update();
        }
        return payment;
    }
}
