package baedal.order.adapter.out.persistence;

import baedal.order.domain.OrderNumber;
import baedal.order.domain.OrderNumbers;
import java.time.LocalDate;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Order numbers from {@code ordering.order_number_blocks}: this instance reserves a block of a day's numbers at a
 * time, in a transaction of its own that commits at once, and hands them out from memory. Numbers are unique across
 * instances and restarts; a block an instance did not use up leaves a gap, and numbers of one day rise with time only
 * per instance.
 */
@SecondaryAdapter
@Component
class OrderNumberJdbcAdapter implements OrderNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final int block;
    private LocalDate day;
    private long next;
    private long last;

    OrderNumberJdbcAdapter(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            @Value("${baedal.order.number-block:50}") int block) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.block = block;
    }

    @Override
    public synchronized OrderNumber next(LocalDate day) {
        if (!day.equals(this.day) || next > last) {
            last = reserve(day);
            next = last - block + 1;
            this.day = day;
        }
        return OrderNumber.of(day, next++);
    }

    /** Reserves the day's next block; returns its last number. */
    private long reserve(LocalDate day) {
        for (int attempt = 0; ; attempt++) {
            try {
                return ownTransaction.execute(status -> {
                    var updated = jdbc.sql(
                                    "UPDATE ordering.order_number_blocks SET last_reserved = last_reserved + :block"
                                            + " WHERE order_day = :day")
                            .param("block", block)
                            .param("day", day)
                            .update();
                    if (updated == 0) {
                        jdbc.sql(
                                        "INSERT INTO ordering.order_number_blocks (order_day, last_reserved) VALUES (:day, :block)")
                                .param("day", day)
                                .param("block", block)
                                .update();
                        return (long) block;
                    }
                    return jdbc.sql("SELECT last_reserved FROM ordering.order_number_blocks WHERE order_day = :day")
                            .param("day", day)
                            .query(Long.class)
                            .single();
                });
            } catch (DuplicateKeyException anotherInstanceStartedTheDay) {
                if (attempt == 2) {
                    throw anotherInstanceStartedTheDay;
                }
            }
        }
    }
}
