package baedal.shop.adapter.in.web;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import baedal.shop.domain.MenuDetails;
import baedal.shop.domain.MenuOption;
import baedal.shop.domain.OpeningHours;
import baedal.shop.domain.ShopCategory;
import baedal.shop.domain.ShopProfile;
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

            @Nullable @Size(max = MenuDetails.MAX_OPTIONS) List<@NotNull @Valid OptionRequest> options,

            @Nullable Boolean soldOut) {

        MenuDetails toDetails() {
            var menuOptions = options == null
                    ? List.<MenuOption>of()
                    : options.stream()
                            .map(o -> new MenuOption(o.name(), Money.won(o.price())))
                            .toList();
            var menuGroup = group == null || group.isBlank() ? "Menu" : group;
            return new MenuDetails(name, Money.won(price), menuGroup, menuOptions);
        }

        boolean isSoldOut() {
            return Boolean.TRUE.equals(soldOut);
        }
    }

    record OptionRequest(
            @NotBlank @Size(max = 50) String name,
            @NotNull @PositiveOrZero @Max(1_000_000) Long price) {}
}
