package baedal.order.domain;

import baedal.kernel.ProblemFields;
import java.util.Map;

/**
 * A line of an order cannot be cancelled on its own: there is no such line, it is cancelled already, it is the last
 * one left (the whole order is rejected or cancelled instead), or what is left would come to less than the points
 * spent on it. {@link #problemFields()} names the line.
 */
public class LineCancellationRefusedException extends RuntimeException implements ProblemFields {

    private final int line;

    LineCancellationRefusedException(int line, String message) {
        super(message);
        this.line = line;
    }

    @Override
    public Map<String, Object> problemFields() {
        return Map.of("line", line);
    }
}
