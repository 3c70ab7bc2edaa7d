package baedal.settlement.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.ddd.types.ValueObject;

/** An order's payment as the payment module reported it: captured on a day, and what of it was refunded since. */
public record CapturedPayment(UUID orderId, long captured, long refunded, LocalDate capturedOn)
        implements ValueObject {}
