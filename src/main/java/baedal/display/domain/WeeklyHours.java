package baedal.display.domain;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A shop's weekly schedule as the display needs it: is the kitchen open at a given local time? */
public record WeeklyHours(List<Period> periods) {

    public WeeklyHours {
        periods = List.copyOf(periods);
    }

    /** Open from {@code opens} to {@code closes}; an earlier {@code closes} runs past midnight, an equal one means all day. */
    public record Period(DayOfWeek day, LocalTime opens, LocalTime closes) {

        boolean overnight() {
            return !closes.isAfter(opens);
        }
    }

    public boolean isOpenAt(LocalDateTime localTime) {
        Map<DayOfWeek, Period> byDay = new EnumMap<>(DayOfWeek.class);
        periods.forEach(period -> byDay.put(period.day(), period));
        var time = localTime.toLocalTime();
        var today = byDay.get(localTime.getDayOfWeek());
        if (today != null && today.opens().equals(today.closes())) {
            return true;
        }
        if (today != null && !time.isBefore(today.opens()) && (today.overnight() || time.isBefore(today.closes()))) {
            return true;
        }
        var yesterday = byDay.get(localTime.getDayOfWeek().minus(1));
        return yesterday != null && yesterday.overnight() && time.isBefore(yesterday.closes());
    }
}
