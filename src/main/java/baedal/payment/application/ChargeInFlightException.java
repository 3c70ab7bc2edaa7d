package baedal.payment.application;

import java.util.UUID;

/** A refund found the order's charge still undecided at the gateway; the refund is retried once it is decided. */
class ChargeInFlightException extends RuntimeException {

    ChargeInFlightException(UUID orderId) {
        super("the charge of order " + orderId + " is not decided yet; the refund waits for it");
    }
}
