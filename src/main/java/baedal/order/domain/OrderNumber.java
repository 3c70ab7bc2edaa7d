package baedal.order.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/**
 * The short number people read out: {@code B}, the day it was placed ({@code yyMMdd}) and its place in that day's
 * numbering, at least four digits ({@code B2612040001}). Unique; an order's id stays its identity.
 */
public record OrderNumber(String value) implements ValueObject {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][0-9A-Fa-f]{10,39}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    public OrderNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "an order number is a capital letter and 10 to 39 digits (or hex digits), not " + value);
        }
    }

    /** The {@code sequence}th order number of {@code day} (from 1). */
    public static OrderNumber of(LocalDate day, long sequence) {
        if (sequence < 1 || sequence > 99_999_999) {
            throw new IllegalArgumentException("a day's order numbers run from 1 to 99,999,999, not " + sequence);
        }
        return new OrderNumber("B" + DAY.format(day) + "%04d".formatted(sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
