package baedal.shop.adapter.in.web;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
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
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
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
            @NotNull @PositiveOrZero @Max(1_000_000) Long deliveryFee,
            @Nullable @Size(max = 7) List<@NotNull @Valid OpeningHoursRequest> openingHours) {

        ShopProfile toProfile() {
            var hours = openingHours == null
                    ? OpeningHours.EVERY_DAY_10_TO_22
                    : new OpeningHours(openingHours.stream()
                            .map(h -> new OpeningHours.Period(h.day(), h.opens(), h.closes()))
                            .toList());
            return new ShopProfile(
                    name,
                    category,
                    address,
                    new GeoPoint(lat, lng),
                    deliveryRadiusMeters,
                    Money.won(minOrderAmount),
                    Money.won(deliveryFee),
                    hours);
        }
    }

    record OpeningHoursRequest(
            @NotNull DayOfWeek day,
            @NotNull LocalTime opens,
            @NotNull LocalTime closes) {}

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
