package baedal.delivery.application;

import baedal.delivery.domain.DispatchRules;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dispatch settings.
 *
 * @param reachMeters riders farther from the shop are not offered the order
 * @param maxLoad deliveries a rider carries at once at most
 * @param metersPerDelivery how much farther a rider counts for each delivery they are on
 * @param speedKmh how fast riders move, for the estimated arrival
 * @param handling pick-up and hand-over time added to the estimated arrival
 * @param reportValidFor a rider who has not reported where they are for this long is offered nothing until they do
 */
@ConfigurationProperties("baedal.delivery")
public record DeliveryProperties(
        @DefaultValue("5000") int reachMeters,
        @DefaultValue("3") int maxLoad,
        @DefaultValue("1000") int metersPerDelivery,
        @DefaultValue("15") double speedKmh,
        @DefaultValue("PT10M") Duration handling,
        @DefaultValue("PT10M") Duration reportValidFor) {

    DispatchRules rules() {
        return new DispatchRules(reachMeters, maxLoad, metersPerDelivery, speedKmh, handling, reportValidFor);
    }
}
