package baedal.order.domain;

import java.time.LocalDate;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Hands out order numbers, each once, across every instance. A port of its own, so that numbering can later be
 * split by key together with order storage (orders sharded by number).
 */
@SecondaryPort
public interface OrderNumbers {

    /**
     * A number of {@code day} no order has had. Call it outside a transaction: now and then it commits a reservation
     * of numbers on a connection of its own.
     */
    OrderNumber next(LocalDate day);
}
