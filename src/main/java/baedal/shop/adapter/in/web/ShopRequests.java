package baedal.shop.adapter.in.web;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import baedal.shop.domain.DeliveryFeeTier;
import baedal.shop.domain.MenuDetails;
import baedal.shop.domain.MenuOption;
import baedal.shop.domain.MenuOptionGroup;
import baedal.shop.domain.OpeningHours;
import baedal.shop.domain.ShopCategory;
import baedal.shop.domain.ShopProfile;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Request bodies of the shop endpoints, validated before they reach the domain. */
final class ShopRequests {

    private ShopRequests() {}

    record ShopRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull ShopCategory category,
            @NotBlank @Size(max = 200) String address,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lng,

            @NotNull @Min(ShopProfile.MIN_RADIUS_METERS) @Max(ShopProfile.MAX_RADIUS_METERS)
            Integer deliveryRadiusMeters,

            @NotNull @PositiveOrZero @Max(10_000_000) Long minOrderAmount,

            @Schema(description = "The fee beyond the fee tiers, or for every distance without them")
            @NotNull
            @PositiveOrZero
            @Max(1_000_000)
            Long deliveryFee,

            @Schema(description = "Fees by distance, ascending: the first tier reaching the address applies")
            @Nullable
            @Size(max = ShopProfile.MAX_FEE_TIERS)
            List<@NotNull @Valid FeeTierRequest> deliveryFeeTiers,

            @Schema(description = "Opening periods, several a day if need be; default every day 10:00-22:00")
            @Nullable
            @Size(max = OpeningHours.MAX_PERIODS)
            List<@NotNull @Valid OpeningHoursRequest> openingHours,

            @Schema(description = "Break times within a day, when no orders are taken")
            @Nullable
            @Size(max = OpeningHours.MAX_BREAKS)
            List<@NotNull @Valid BreakRequest> breaks,

            @Schema(description = "Regular closed days: no period of these weekdays opens") @Nullable @Size(max = 7)
            List<@NotNull DayOfWeek> closedDays,

            @Schema(description = "One-off holidays: no period opens on these dates")
            @Nullable
            @Size(max = OpeningHours.MAX_HOLIDAYS)
            List<@NotNull LocalDate> holidays,

            @Schema(description = "The time zone the hours are kept in; default Asia/Seoul", example = "Asia/Seoul")
            @Nullable
            @Size(max = 40)
            String zone) {

        ShopProfile toProfile() {
            var periods = openingHours == null
                    ? OpeningHours.EVERY_DAY_10_TO_22.periods()
                    : openingHours.stream()
                            .map(h -> new OpeningHours.Period(h.day(), h.opens(), h.closes()))
                            .toList();
            var hours = new OpeningHours(
                    periods,
                    breaks == null
                            ? List.of()
                            : breaks.stream()
                                    .map(b -> new OpeningHours.Break(b.day(), b.starts(), b.ends()))
                                    .toList(),
                    closedDays == null ? Set.of() : Set.copyOf(closedDays),
                    holidays == null ? new TreeSet<>() : new TreeSet<>(holidays));
            return new ShopProfile(
                    name,
                    category,
                    address,
                    new GeoPoint(lat, lng),
                    deliveryRadiusMeters,
                    Money.won(minOrderAmount),
                    Money.won(deliveryFee),
                    deliveryFeeTiers == null
                            ? List.of()
                            : deliveryFeeTiers.stream()
                                    .map(t -> new DeliveryFeeTier(t.upToMeters(), Money.won(t.fee())))
                                    .toList(),
                    hours,
                    zoneId());
        }

        private ZoneId zoneId() {
            if (zone == null || zone.isBlank()) {
                return ShopProfile.SEOUL;
            }
            try {
                return ZoneId.of(zone.strip());
            } catch (DateTimeException unknown) {
                throw new IllegalArgumentException("'" + zone + "' is not a time zone (e.g. Asia/Seoul)");
            }
        }
    }

    record OpeningHoursRequest(
            @NotNull DayOfWeek day,
            @NotNull LocalTime opens,
            @NotNull LocalTime closes) {}

    record BreakRequest(
            @NotNull DayOfWeek day,
            @NotNull LocalTime starts,
            @NotNull LocalTime ends) {}

    record FeeTierRequest(
            @NotNull @Min(1) @Max(ShopProfile.MAX_RADIUS_METERS)
            Integer upToMeters,

            @NotNull @PositiveOrZero @Max(1_000_000) Long fee) {}

    record MenuRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull @PositiveOrZero @Max(10_000_000) Long price,
            @Nullable @Size(max = 50) String group,

            @Schema(
                    description = "A flat list of options, any of which may be picked (one optional group)."
                            + " With optionGroups it may be left out, or must list exactly their options.")
            @Nullable
            @Size(max = MenuDetails.MAX_OPTIONS)
            List<@NotNull @Valid OptionRequest> options,

            @Schema(
                    description = "The choices a customer makes for this menu, each with at least minChoices and"
                            + " at most maxChoices of its options.")
            @Nullable
            @Size(max = MenuDetails.MAX_OPTION_GROUPS)
            List<@NotNull @Valid OptionGroupRequest> optionGroups,

            @Nullable Boolean soldOut) {

        MenuDetails toDetails() {
            var menuGroup = group == null || group.isBlank() ? "Menu" : group;
            if (optionGroups == null || optionGroups.isEmpty()) {
                return MenuDetails.withOptions(
                        name, Money.won(price), menuGroup, options == null ? List.of() : toOptions(options));
            }
            var groups = optionGroups.stream()
                    .map(g -> new MenuOptionGroup(g.name(), g.minChoices(), g.maxChoices(), toOptions(g.options())))
                    .toList();
            var details = new MenuDetails(name, Money.won(price), menuGroup, groups);
            if (options != null && !options.isEmpty() && !sameOptions(options, details.options())) {
                throw new IllegalArgumentException(
                        "options must be left out or list exactly the options of optionGroups");
            }
            return details;
        }

        private static List<MenuOption> toOptions(List<OptionRequest> requests) {
            return requests.stream()
                    .map(o -> new MenuOption(o.name(), Money.won(o.price()), Boolean.TRUE.equals(o.soldOut())))
                    .toList();
        }

        private static boolean sameOptions(List<OptionRequest> flat, List<MenuOption> grouped) {
            if (flat.size() != grouped.size()) {
                return false;
            }
            for (var i = 0; i < flat.size(); i++) {
                var option = grouped.get(i);
                if (!option.name().equals(flat.get(i).name().strip())
                        || option.price().won() != flat.get(i).price()) {
                    return false;
                }
            }
            return true;
        }

        boolean isSoldOut() {
            return Boolean.TRUE.equals(soldOut);
        }
    }

    record OptionGroupRequest(
            @NotBlank @Size(max = 50) String name,

            @NotNull @PositiveOrZero @Max(MenuOptionGroup.MAX_OPTIONS)
            Integer minChoices,

            @NotNull @Min(1) @Max(MenuOptionGroup.MAX_OPTIONS)
            Integer maxChoices,

            @NotNull @Size(min = 1, max = MenuOptionGroup.MAX_OPTIONS)
            List<@NotNull @Valid OptionRequest> options) {}

    record OptionRequest(
            @NotBlank @Size(max = 50) String name,
            @NotNull @PositiveOrZero @Max(1_000_000) Long price,
            @Nullable Boolean soldOut) {}
}
