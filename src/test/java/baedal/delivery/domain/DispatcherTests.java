package baedal.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baedal.kernel.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which rider an order goes to, and when it should arrive. */
class DispatcherTests {

    static final GeoPoint SHOP = new GeoPoint(37.5133, 127.1001);
    static final UUID NEAR = UUID.randomUUID();
    static final UUID FAR = UUID.randomUUID();
    static final UUID UNLOCATED = UUID.randomUUID();
    static final DispatchRules RULES = DispatchRules.DEFAULT;

    /** A rider this many meters north of the shop. */
    static RiderState north(UUID id, double meters, boolean available) {
        return new RiderState(id, new GeoPoint(SHOP.lat() + meters / 111_195.0, SHOP.lng()), available, Instant.EPOCH);
    }

    @Test
    void theNearestAvailableRiderTakesTheOrder() {
        var riders =
                List.of(north(FAR, 2_000, true), north(NEAR, 300, true), new RiderState(UNLOCATED, null, true, null));

        var choice = Dispatcher.choose(riders, Map.of(), SHOP, Set.of(), RULES).orElseThrow();

        assertThat(choice.riderId()).isEqualTo(NEAR);
        assertThat(choice.metersToShop()).isBetween(290.0, 310.0);
    }

    @Test
    void eachDeliveryARiderIsOnCountsAsDistance() {
        var riders = List.of(north(NEAR, 300, true), north(FAR, 1_000, true));

        assertThat(Dispatcher.choose(riders, Map.of(NEAR, 1), SHOP, Set.of(), RULES)
                        .orElseThrow()
                        .riderId())
                .as("300 m + 1,000 m for the delivery on hand is farther than 1,000 m")
                .isEqualTo(FAR);
        assertThat(Dispatcher.choose(riders, Map.of(NEAR, 3), SHOP, Set.of(), RULES)
                        .orElseThrow()
                        .riderId())
                .as("at the load limit")
                .isEqualTo(FAR);
    }

    @Test
    void unavailableDecliningAndOutOfReachRidersAreNotOffered() {
        assertThat(Dispatcher.choose(List.of(north(NEAR, 300, false)), Map.of(), SHOP, Set.of(), RULES))
                .isEmpty();
        assertThat(Dispatcher.choose(List.of(north(NEAR, 300, true)), Map.of(), SHOP, Set.of(NEAR), RULES))
                .isEmpty();
        assertThat(Dispatcher.choose(List.of(north(FAR, 6_000, true)), Map.of(), SHOP, Set.of(), RULES))
                .isEmpty();
    }

    @Test
    void ridersWithoutALocationAreTheLastResortByLoad() {
        var other = UUID.randomUUID();
        var riders = List.of(
                north(FAR, 6_000, true),
                new RiderState(UNLOCATED, null, true, null),
                new RiderState(other, null, true, null));

        assertThat(Dispatcher.choose(riders, Map.of(UNLOCATED, 2), SHOP, Set.of(), RULES)
                        .orElseThrow())
                .isEqualTo(new Dispatcher.Choice(other, null));
        assertThat(Dispatcher.choose(riders, Map.of(), null, Set.of(), RULES)
                        .orElseThrow()
                        .metersToShop())
                .as("the shop unknown: the least busy rider")
                .isNull();
    }

    @Test
    void arrivalIsTheWayToTheShopAndOnToTheDoorAtRidersSpeedPlusHandling() {
        var now = Instant.parse("2026-12-05T03:00:00Z");
        // 15 km/h is 250 m a minute: 500 m + 2,000 m take 10 minutes, and 10 minutes of handling
        assertThat(RULES.arrival(now, 500, 2_000)).isEqualTo(now.plus(Duration.ofMinutes(20)));
        assertThatThrownBy(() -> new DispatchRules(0, 3, 1_000, 15, Duration.ZERO, Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DispatchRules(5_000, 3, 1_000, 15, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRiderWhoStoppedReportingTakesNoOrdersUntilTheyReportAgain() {
        var now = Instant.parse("2026-12-05T03:00:00Z");
        var location = new GeoPoint(37.5140, 127.1001);

        assertThat(RULES.takesOrders(new RiderState(NEAR, location, true, now.minus(Duration.ofMinutes(9))), now))
                .isTrue();
        assertThat(RULES.takesOrders(new RiderState(NEAR, location, true, now.minus(Duration.ofMinutes(11))), now))
                .as("the app closed 11 minutes ago")
                .isFalse();
        assertThat(RULES.takesOrders(new RiderState(NEAR, location, false, now), now))
                .as("off shift")
                .isFalse();
        assertThat(RULES.takesOrders(new RiderState(UNLOCATED, null, true, null), now))
                .as("never reported: the last resort")
                .isTrue();
    }
}
