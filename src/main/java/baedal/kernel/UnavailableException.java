package baedal.kernel;

/** The request could not be served right now but may succeed when retried. Maps to 503 with Retry-After. */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message) {
        super(message);
    }
}
