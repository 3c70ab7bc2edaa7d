package baedal.payment.domain;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identity of a payment; also the idempotency key the gateway sees, so a retry never charges twice. */
public record PaymentId(UUID id) implements Identifier {

    public PaymentId {
        Objects.requireNonNull(id, "id");
    }

    public static PaymentId random() {
        return new PaymentId(UUID.randomUUID());
    }
}
