package baedal.display.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShopDocumentTests {

    static final UUID SHOP = UUID.randomUUID();
    static final UUID MENU = UUID.randomUUID();

    @Test
    void overnightHoursStayOpenPastMidnightIntoTheNextDay() {
        var fridayNight = new WeeklyHours(
                List.of(new WeeklyHours.Period(DayOfWeek.FRIDAY, LocalTime.of(17, 0), LocalTime.of(2, 0))));

        assertThat(fridayNight.isOpenAt(LocalDateTime.of(2026, 11, 27, 23, 30))).isTrue(); // Friday
        assertThat(fridayNight.isOpenAt(LocalDateTime.of(2026, 11, 28, 1, 59))).isTrue(); // Saturday early
        assertThat(fridayNight.isOpenAt(LocalDateTime.of(2026, 11, 28, 2, 0))).isFalse();
        assertThat(fridayNight.isOpenAt(LocalDateTime.of(2026, 11, 27, 16, 59))).isFalse();
        assertThat(fridayNight.isOpenAt(LocalDateTime.of(2026, 11, 28, 17, 30))).isFalse(); // no Saturday hours
    }

    @Test
    void equalOpeningAndClosingTimesMeanOpenAllDay() {
        var allFriday = new WeeklyHours(
                List.of(new WeeklyHours.Period(DayOfWeek.FRIDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));

        assertThat(allFriday.isOpenAt(LocalDateTime.of(2026, 11, 27, 0, 0))).isTrue();
        assertThat(allFriday.isOpenAt(LocalDateTime.of(2026, 11, 27, 23, 59))).isTrue();
        assertThat(allFriday.isOpenAt(LocalDateTime.of(2026, 11, 26, 12, 0))).isFalse();
    }

    @Test
    void severalPeriodsADayWithABreakClosedDaysAndHolidays() {
        // Lunch and dinner on weekdays, late night on Friday past midnight, a break in the dinner period on Friday
        var periods = new java.util.ArrayList<WeeklyHours.Period>();
        for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            periods.add(new WeeklyHours.Period(day, LocalTime.of(11, 0), LocalTime.of(14, 0)));
        }
        periods.add(new WeeklyHours.Period(DayOfWeek.THURSDAY, LocalTime.of(17, 0), LocalTime.of(22, 0)));
        periods.add(new WeeklyHours.Period(DayOfWeek.FRIDAY, LocalTime.of(17, 0), LocalTime.of(3, 0)));
        var hours = new WeeklyHours(
                periods,
                List.of(new WeeklyHours.Break(DayOfWeek.FRIDAY, LocalTime.of(20, 0), LocalTime.of(20, 30))),
                java.util.Set.of(DayOfWeek.TUESDAY),
                java.util.Set.of(java.time.LocalDate.of(2026, 12, 24)));
        // 2026-11-26 is a Thursday, 2026-11-27 a Friday
        assertThat(hours.isOpenAt(LocalDateTime.of(2026, 11, 26, 12, 0)))
                .as("Thursday lunch")
                .isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(2026, 11, 26, 15, 0)))
                .as("between lunch and dinner")
                .isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(2026, 11, 26, 17, 0)))
                .as("Thursday dinner")
                .isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(2026, 11, 27, 20, 10)))
                .as("Friday's break")
                .isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(2026, 11, 27, 20, 30)))
                .as("after the break")
                .isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(2026, 11, 28, 2, 59)))
                .as("Friday night, Saturday 02:59")
                .isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(2026, 11, 24, 12, 0)))
                .as("Tuesdays closed")
                .isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(2026, 12, 1, 12, 0)))
                .as("any Tuesday")
                .isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(2026, 12, 24, 12, 0)))
                .as("a holiday (Thursday)")
                .isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(2026, 12, 31, 12, 0)))
                .as("the Thursday after")
                .isTrue();
    }

    @Test
    void aPeriodThatOpenedBeforeAHolidayRunsOnPastMidnightAndNoneOpensOnIt() {
        var lateEveryDay = new WeeklyHours(
                java.util.Arrays.stream(DayOfWeek.values())
                        .map(day -> new WeeklyHours.Period(day, LocalTime.of(18, 0), LocalTime.of(2, 0)))
                        .toList(),
                List.of(),
                java.util.Set.of(),
                java.util.Set.of(java.time.LocalDate.of(2026, 12, 25)));

        assertThat(lateEveryDay.isOpenAt(LocalDateTime.of(2026, 12, 25, 1, 0)))
                .as("from the 24th")
                .isTrue();
        assertThat(lateEveryDay.isOpenAt(LocalDateTime.of(2026, 12, 25, 19, 0))).isFalse();
        assertThat(lateEveryDay.isOpenAt(LocalDateTime.of(2026, 12, 26, 1, 0)))
                .as("nothing opened on the 25th")
                .isFalse();
        assertThat(lateEveryDay.isOpenAt(LocalDateTime.of(2026, 12, 26, 19, 0))).isTrue();
    }

    @Test
    void openNowIsReadInTheShopsOwnZone() {
        var nineToSix = new WeeklyHours(java.util.Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyHours.Period(day, LocalTime.of(9, 0), LocalTime.of(18, 0)))
                .toList());
        var inSeoul = snapshot(1, true);
        var seoul = new ShopSnapshot(
                SHOP,
                inSeoul.ownerId(),
                1,
                "Shop",
                "CHICKEN",
                "Address",
                37.5,
                127.0,
                3_000,
                10_000,
                2_000,
                List.of(),
                true,
                nineToSix,
                java.time.ZoneId.of("Asia/Seoul"));
        var london = new ShopSnapshot(
                SHOP,
                inSeoul.ownerId(),
                1,
                "Shop",
                "CHICKEN",
                "Address",
                37.5,
                127.0,
                3_000,
                10_000,
                2_000,
                List.of(),
                true,
                nineToSix,
                java.time.ZoneId.of("Europe/London"));
        var tenInTheMorningInSeoul = Instant.parse("2026-11-27T01:00:00Z");

        assertThat(document(seoul).isOpenAt(tenInTheMorningInSeoul)).isTrue();
        assertThat(document(london).isOpenAt(tenInTheMorningInSeoul))
                .as("01:00 in London")
                .isFalse();
    }

    @Test
    void openNowNeedsBothTheOwnersSwitchAndTheSchedule() {
        var noonInSeoul = Instant.parse("2026-11-27T03:00:00Z");

        assertThat(document(snapshot(1, true)).isOpenAt(noonInSeoul)).isTrue();
        assertThat(document(snapshot(1, false)).isOpenAt(noonInSeoul)).isFalse();
        assertThat(document(snapshot(1, true)).isOpenAt(noonInSeoul.plus(Duration.ofHours(11))))
                .isFalse();
    }

    @Test
    void mergingNeverMovesAPartBackwards() {
        var document = ShopDocument.of(snapshot(3, true), List.of(menu(5, 20_000)));

        var olderShop = document.mergeShop(snapshot(2, false));
        var olderMenu = document.mergeMenus(List.of(menu(4, 10_000)));
        var newerMenu = document.mergeMenus(List.of(menu(6, 30_000)));

        assertThat(olderShop.shop().version()).isEqualTo(3);
        assertThat(olderShop.shop().openFlag()).isTrue();
        assertThat(olderMenu.menus().getFirst().price()).isEqualTo(20_000);
        assertThat(newerMenu.menus().getFirst().price()).isEqualTo(30_000);
        assertThat(newerMenu.menuVersion(MENU)).isEqualTo(6);
        assertThat(document.menuVersion(UUID.randomUUID())).isZero();
    }

    @Test
    void deliversOnlyWithinTheRadius() {
        var document = document(snapshot(1, true));

        assertThat(document.deliversTo(37.5133, 127.1001)).isTrue();
        assertThat(document.deliversTo(37.5133 + 0.026, 127.1001)).isTrue(); // ~2.9 km north
        assertThat(document.deliversTo(37.5133 + 0.028, 127.1001)).isFalse(); // ~3.1 km north
    }

    static ShopDocument document(ShopSnapshot snapshot) {
        return ShopDocument.of(snapshot, List.of());
    }

    static ShopSnapshot snapshot(long version, boolean open) {
        var hours = new WeeklyHours(
                List.of(new WeeklyHours.Period(DayOfWeek.FRIDAY, LocalTime.of(10, 0), LocalTime.of(22, 0))));
        return new ShopSnapshot(
                SHOP,
                UUID.randomUUID(),
                version,
                "Shop",
                "CHICKEN",
                "addr",
                37.5133,
                127.1001,
                3_000,
                15_000,
                2_000,
                List.of(),
                open,
                hours,
                ShopSnapshot.SEOUL);
    }

    static MenuItem menu(long version, long price) {
        return new MenuItem(MENU, version, "Chicken", price, "Chicken", List.of(), false);
    }
}
