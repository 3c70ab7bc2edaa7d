package baedal.payment.domain;

/** The gateway could not be reached or did not answer in time; trying again later may work. */
public class GatewayUnavailableException extends RuntimeException {

    public GatewayUnavailableException(String message) {
        super(message);
    }
}
