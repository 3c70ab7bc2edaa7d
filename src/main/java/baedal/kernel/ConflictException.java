package baedal.kernel;

/** The request is well-formed but contradicts the current state (e.g. an illegal transition). Maps to 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    /** The problem title clients see; subclasses name the conflict more precisely. */
    public String title() {
        return "Conflict";
    }
}
