package baedal.shop.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A shop's schedule as owners keep it: opening periods (several a day, e.g. lunch and dinner), break times within
 * them, regular closed days, and one-off holidays (dates on which no period starts). Periods may not overlap one
 * another, counting those that run past midnight into the next day.
 */
public record OpeningHours(
        List<Period> periods, List<Break> breaks, Set<DayOfWeek> closedDays, SortedSet<LocalDate> holidays)
        implements ValueObject {

    public static final int MAX_PERIODS = 21;
    public static final int MAX_BREAKS = 14;
    public static final int MAX_HOLIDAYS = 60;

    private static final long MINUTES_PER_WEEK = Duration.ofDays(7).toMinutes();

    public static final OpeningHours EVERY_DAY_10_TO_22 = new OpeningHours(EnumSet.allOf(DayOfWeek.class).stream()
            .map(day -> new Period(day, LocalTime.of(10, 0), LocalTime.of(22, 0)))
            .toList());

    public OpeningHours {
        periods = periods.stream()
                .sorted(Comparator.comparing(Period::day).thenComparing(Period::opens))
                .toList();
        breaks = breaks.stream()
                .sorted(Comparator.comparing(Break::day).thenComparing(Break::starts))
                .toList();
        closedDays = closedDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(closedDays));
        holidays = new TreeSet<>(holidays);
        if (periods.size() > MAX_PERIODS) {
            throw new IllegalArgumentException("a shop has at most " + MAX_PERIODS + " opening periods a week");
        }
        if (breaks.size() > MAX_BREAKS) {
            throw new IllegalArgumentException("a shop has at most " + MAX_BREAKS + " break times a week");
        }
        if (holidays.size() > MAX_HOLIDAYS) {
            throw new IllegalArgumentException("a shop lists at most " + MAX_HOLIDAYS + " holidays");
        }
        for (int i = 0; i < periods.size(); i++) {
            for (int j = i + 1; j < periods.size(); j++) {
                if (periods.get(i).overlaps(periods.get(j))) {
                    throw new IllegalArgumentException(
                            "opening periods %s and %s overlap".formatted(periods.get(i), periods.get(j)));
                }
            }
        }
        for (int i = 1; i < breaks.size(); i++) {
            var before = breaks.get(i - 1);
            var after = breaks.get(i);
            if (before.day() == after.day() && after.starts().isBefore(before.ends())) {
                throw new IllegalArgumentException("break times %s and %s overlap".formatted(before, after));
            }
        }
    }

    /** Opening periods alone: no breaks, no closed days, no holidays. */
    public OpeningHours(List<Period> periods) {
        this(periods, List.of(), Set.of(), new TreeSet<>());
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

        long startMinute() {
            return (day.getValue() - 1) * 1_440L + opens.toSecondOfDay() / 60;
        }

        long lengthMinutes() {
            var length = Duration.between(opens, closes).toMinutes();
            return length <= 0 ? length + 1_440 : length;
        }

        /** Whether the two share a minute of the week (a period past Sunday midnight runs into Monday). */
        boolean overlaps(Period other) {
            return startsWithin(this, other) || startsWithin(other, this);
        }

        private static boolean startsWithin(Period first, Period second) {
            var offset = Math.floorMod(second.startMinute() - first.startMinute(), MINUTES_PER_WEEK);
            return offset < first.lengthMinutes();
        }

        @Override
        public String toString() {
            return day + " " + opens + "-" + closes;
        }
    }

    /** A break on {@code day} from {@code starts} to {@code ends} (within the day), when no orders are taken. */
    public record Break(DayOfWeek day, LocalTime starts, LocalTime ends) implements ValueObject {

        public Break {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(starts, "starts");
            Objects.requireNonNull(ends, "ends");
            if (!starts.isBefore(ends)) {
                throw new IllegalArgumentException(
                        "a break ends after it starts, on the same day: " + day + " " + starts + "-" + ends);
            }
        }

        @Override
        public String toString() {
            return day + " " + starts + "-" + ends;
        }
    }
}
