package baedal.kernel;

/** The request is well-formed but breaks a business rule (minimum order, shop closed, key reused). Maps to 422. */
public class UnprocessableException extends RuntimeException {

    public UnprocessableException(String message) {
        super(message);
    }
}
