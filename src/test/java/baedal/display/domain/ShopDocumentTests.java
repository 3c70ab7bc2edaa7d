package baedal.display.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
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
    void openNowNeedsBothTheOwnersSwitchAndTheSchedule() {
        var noon = LocalDateTime.of(2026, 11, 27, 12, 0);

        assertThat(document(snapshot(1, true)).isOpenAt(noon)).isTrue();
        assertThat(document(snapshot(1, false)).isOpenAt(noon)).isFalse();
        assertThat(document(snapshot(1, true)).isOpenAt(noon.withHour(23))).isFalse();
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
                open,
                hours);
    }

    static MenuItem menu(long version, long price) {
        return new MenuItem(MENU, version, "Chicken", price, "Chicken", List.of(), false);
    }
}
