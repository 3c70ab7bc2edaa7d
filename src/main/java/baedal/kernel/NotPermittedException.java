package baedal.kernel;

/** The caller is known but may not do this to that resource (e.g. another owner's shop). Maps to 403. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
