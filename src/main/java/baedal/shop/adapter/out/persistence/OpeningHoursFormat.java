package baedal.shop.adapter.out.persistence;

import baedal.kernel.Money;
import baedal.shop.domain.DeliveryFeeTier;
import baedal.shop.domain.OpeningHours;
import baedal.shop.domain.OpeningHours.Break;
import baedal.shop.domain.OpeningHours.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores a shop's schedule and fee tiers in plain text columns: periods and breaks as
 * {@code MONDAY 10:00-15:00;MONDAY 17:00-22:00}, closed days as {@code MONDAY;TUESDAY}, holidays as
 * {@code 2026-12-25;2027-01-01}, fee tiers as {@code 1000:2000;2500:3000} (up to meters : fee).
 */
final class OpeningHoursFormat {

    private OpeningHoursFormat() {}

    static String periods(OpeningHours hours) {
        return join(hours.periods(), p -> p.day() + " " + p.opens() + "-" + p.closes());
    }

    static String breaks(OpeningHours hours) {
        return join(hours.breaks(), b -> b.day() + " " + b.starts() + "-" + b.ends());
    }

    static String closedDays(OpeningHours hours) {
        return join(hours.closedDays().stream().sorted().toList(), DayOfWeek::name);
    }

    static String holidays(OpeningHours hours) {
        return join(List.copyOf(hours.holidays()), LocalDate::toString);
    }

    static String feeTiers(List<DeliveryFeeTier> tiers) {
        return join(tiers, t -> t.upToMeters() + ":" + t.fee().won());
    }

    static OpeningHours parse(String periods, String breaks, String closedDays, String holidays) {
        return new OpeningHours(
                split(periods, entry -> {
                    var times = times(entry);
                    return new Period(day(entry), times[0], times[1]);
                }),
                split(breaks, entry -> {
                    var times = times(entry);
                    return new Break(day(entry), times[0], times[1]);
                }),
                Set.copyOf(OpeningHoursFormat.<DayOfWeek>split(closedDays, DayOfWeek::valueOf)),
                new TreeSet<>(split(holidays, LocalDate::parse)));
    }

    static List<DeliveryFeeTier> parseFeeTiers(String stored) {
        return split(stored, entry -> {
            var parts = entry.split(":");
            return new DeliveryFeeTier(Integer.parseInt(parts[0]), Money.won(Long.parseLong(parts[1])));
        });
    }

    private static DayOfWeek day(String entry) {
        return DayOfWeek.valueOf(entry.substring(0, entry.indexOf(' ')));
    }

    private static LocalTime[] times(String entry) {
        var times = entry.substring(entry.indexOf(' ') + 1).split("-");
        return new LocalTime[] {LocalTime.parse(times[0]), LocalTime.parse(times[1])};
    }

    private static <T> String join(List<T> values, Function<T, String> format) {
        return values.stream().map(format).collect(Collectors.joining(";"));
    }

    private static <T> List<T> split(String stored, Function<String, T> parse) {
        return stored.isBlank()
                ? List.of()
                : Arrays.stream(stored.split(";")).map(parse).toList();
    }
}
