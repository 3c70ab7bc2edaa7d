package baedal.shop.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.types.ValueObject;

/** A weekly schedule: at most one opening period per weekday; a day without one is a day off. */
public record OpeningHours(List<Period> periods) implements ValueObject {

    public static final OpeningHours EVERY_DAY_10_TO_22 = new OpeningHours(EnumSet.allOf(DayOfWeek.class).stream()
            .map(day -> new Period(day, LocalTime.of(10, 0), LocalTime.of(22, 0)))
            .toList());

    public OpeningHours {
        var days = EnumSet.noneOf(DayOfWeek.class);
        for (var period : periods) {
            if (!days.add(period.day())) {
                throw new IllegalArgumentException("opening hours name " + period.day() + " more than once");
            }
        }
        periods = periods.stream().sorted(Comparator.comparing(Period::day)).toList();
    }

    /**
     * Open from {@code opens} to {@code closes} on {@code day}; a {@code closes} before {@code opens} runs past
     * midnight, and {@code closes} equal to {@code opens} means open around the clock.
     */
    public record Period(DayOfWeek day, LocalTime opens, LocalTime closes) implements ValueObject {

        public Period {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
        }
    }
}
