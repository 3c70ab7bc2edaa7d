package baedal.delivery.domain;

import baedal.kernel.GeoPoint;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Picks the rider for an order at a shop: among available riders who have not declined it and are not at their
 * load limit, the one with the least distance to the shop, each delivery they are on counting as extra distance.
 * Riders who never said where they are come last, by load, and only when no located rider can take the order. Where
 * the shop is not known, the least busy rider takes it.
 */
public final class Dispatcher {

    private Dispatcher() {}

    /** The rider chosen and how far they are from the shop (null when they never reported a location). */
    public record Choice(UUID riderId, @Nullable Double metersToShop) {}

    public static Optional<Choice> choose(
            Collection<RiderState> riders,
            Map<UUID, Integer> load,
            @Nullable GeoPoint shop,
            Set<UUID> declined,
            DispatchRules rules) {
        var candidates = riders.stream()
                .filter(RiderState::available)
                .filter(rider -> !declined.contains(rider.riderId()))
                .filter(rider -> load.getOrDefault(rider.riderId(), 0) < rules.maxLoad())
                .toList();
        if (shop == null) {
            return leastBusy(candidates, load);
        }
        var located = candidates.stream()
                .filter(rider -> rider.location() != null)
                .map(rider -> new Scored(
                        rider.riderId(),
                        rider.location().distanceMetersTo(shop),
                        load.getOrDefault(rider.riderId(), 0)))
                .filter(scored -> scored.meters() <= rules.reachMeters())
                .min(Comparator.comparingDouble(
                                (Scored s) -> s.meters() + (double) s.load() * rules.metersPerDelivery())
                        .thenComparing(s -> s.riderId().toString()));
        if (located.isPresent()) {
            return located.map(s -> new Choice(s.riderId(), s.meters()));
        }
        return leastBusy(
                candidates.stream().filter(rider -> rider.location() == null).toList(), load);
    }

    private static Optional<Choice> leastBusy(Collection<RiderState> riders, Map<UUID, Integer> load) {
        return riders.stream()
                .min(Comparator.comparingInt((RiderState r) -> load.getOrDefault(r.riderId(), 0))
                        .thenComparing(r -> r.riderId().toString()))
                .map(rider -> new Choice(rider.riderId(), null));
    }

    private record Scored(UUID riderId, double meters, int load) {}
}
