package baedal.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import org.jmolecules.ddd.types.ValueObject;

/**
 * How dispatch weighs riders and estimates arrival: riders farther than {@code reachMeters} from the shop or already
 * on {@code maxLoad} deliveries are not offered the order; each delivery a rider is on counts as
 * {@code metersPerDelivery} of extra distance; a rider moves at {@code speedKmh} and the pick-up and hand-over take
 * {@code handling}. A rider who reported a location and has not reported again within {@code reportValidFor} (the app
 * was closed, the phone went flat) is offered nothing until they do.
 */
public record DispatchRules(
        int reachMeters,
        int maxLoad,
        int metersPerDelivery,
        double speedKmh,
        Duration handling,
        Duration reportValidFor)
        implements ValueObject {

    public static final DispatchRules DEFAULT =
            new DispatchRules(5_000, 3, 1_000, 15, Duration.ofMinutes(10), Duration.ofMinutes(10));

    public DispatchRules {
        if (reachMeters < 1
                || maxLoad < 1
                || metersPerDelivery < 0
                || speedKmh <= 0
                || handling.isNegative()
                || !reportValidFor.isPositive()) {
            throw new IllegalArgumentException(
                    "dispatch rules need a positive reach, load, speed and time a rider's report holds");
        }
    }

    /**
     * Whether the rider takes orders now: available, and either reported within {@code reportValidFor} or never
     * reported a location at all (those are the last resort).
     */
    public boolean takesOrders(RiderState rider, Instant now) {
        return rider.available()
                && (rider.location() == null
                        || rider.reportedAt() == null
                        || !rider.reportedAt().plus(reportValidFor).isBefore(now));
    }

    /** When a rider this far from the shop, carrying the order this far on, is expected at the door. */
    public Instant arrival(Instant now, double metersToShop, double metersToDoor) {
        var minutes = (metersToShop + metersToDoor) / (speedKmh * 1_000 / 60);
        return now.plus(handling).plusSeconds(Math.round(minutes * 60));
    }
}
