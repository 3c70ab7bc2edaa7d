package baedal.shop.adapter.out.persistence;

import baedal.shop.domain.OpeningHours;
import baedal.shop.domain.OpeningHours.Period;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Stores a weekly schedule in one column, e.g. {@code MONDAY 10:00-22:00;TUESDAY 10:00-02:00}. */
final class OpeningHoursFormat {

    private OpeningHoursFormat() {}

    static String format(OpeningHours hours) {
        return hours.periods().stream()
                .map(p -> p.day() + " " + p.opens() + "-" + p.closes())
                .collect(Collectors.joining(";"));
    }

    static OpeningHours parse(String stored) {
        if (stored.isBlank()) {
            return new OpeningHours(List.of());
        }
        return new OpeningHours(Arrays.stream(stored.split(";"))
                .map(entry -> {
                    var dayAndTimes = entry.split(" ");
                    var times = dayAndTimes[1].split("-");
                    return new Period(
                            DayOfWeek.valueOf(dayAndTimes[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1]));
                })
                .toList());
    }
}
