package baedal.testing;

/**
 * A failure a test causes on purpose (a database "unreachable", a listener that fails once). The build log shows it
 * as one line saying so instead of an ERROR with a stack trace ({@link ExpectedFailures}), so that an ERROR in the
 * log is always worth reading.
 */
public class InjectedFailure extends IllegalStateException {

    public InjectedFailure(String message) {
        super(message);
    }
}
