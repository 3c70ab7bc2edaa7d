package baedal.display.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A shop's schedule as the display needs it: is the kitchen open at a given local time? Periods (several a day) may
 * run past midnight; a period does not open on a closed weekday or a holiday (it still runs on past midnight if it
 * opened the day before); no time within a break of its day is open.
 */
public record WeeklyHours(
        List<Period> periods, List<Break> breaks, Set<DayOfWeek> closedDays, Set<LocalDate> holidays) {

    public WeeklyHours {
        periods = periods == null ? List.of() : List.copyOf(periods);
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
        closedDays = closedDays == null ? Set.of() : Set.copyOf(closedDays);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    public WeeklyHours(List<Period> periods) {
        this(periods, List.of(), Set.of(), Set.of());
    }

    /** Open from {@code opens} to {@code closes}; an earlier {@code closes} runs past midnight, an equal one means all day. */
    public record Period(DayOfWeek day, LocalTime opens, LocalTime closes) {

        boolean overnight() {
            return !closes.isAfter(opens);
        }

        /** Whether this period, opened on its day, is running at {@code time} of that day. */
        boolean runsOnItsDayAt(LocalTime time) {
            return !time.isBefore(opens) && (overnight() || time.isBefore(closes));
        }

        /** Whether this period, opened the day before, is still running at {@code time} of the next day. */
        boolean runsIntoNextDayAt(LocalTime time) {
            return overnight() && time.isBefore(closes);
        }
    }

    /** No orders on {@code day} from {@code starts} until {@code ends}. */
    public record Break(DayOfWeek day, LocalTime starts, LocalTime ends) {

        boolean covers(DayOfWeek weekday, LocalTime time) {
            return day == weekday && !time.isBefore(starts) && time.isBefore(ends);
        }
    }

    public boolean isOpenAt(LocalDateTime localTime) {
        var date = localTime.toLocalDate();
        var time = localTime.toLocalTime();
        var weekday = date.getDayOfWeek();
        if (breaks.stream().anyMatch(b -> b.covers(weekday, time))) {
            return false;
        }
        var yesterday = date.minusDays(1);
        return periods.stream()
                .anyMatch(p -> (p.day() == weekday && opensOn(date) && p.runsOnItsDayAt(time))
                        || (p.day() == yesterday.getDayOfWeek() && opensOn(yesterday) && p.runsIntoNextDayAt(time)));
    }

    private boolean opensOn(LocalDate date) {
        return !closedDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }
}
